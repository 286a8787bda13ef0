import { DECISION_LABEL } from "../../domain";

/*
 * A Decision node keeps the decision whole as JSON (`decision`), with id, kind and time beside it for
 * queries, and what undoing it restores (`undo`, see undo-snapshot.ts). It is never an Entity, so no
 * read of the graph, export or full-text search meets it.
 */

export const CREATE_DECISION = `
MERGE (d:${DECISION_LABEL} {id: $id})
ON CREATE SET d.kind = $kind, d.at = $at, d.decision = $decision, d.undo = $undo
RETURN d.decision = $decision AS created`;

export const LIST_DECISIONS = `MATCH (d:${DECISION_LABEL}) RETURN d.decision AS decision ORDER BY d.at DESC, d.id DESC`;

export const READ_DECISION = `MATCH (d:${DECISION_LABEL} {id: $id}) RETURN d.decision AS decision, d.undo AS undo`;

export const DELETE_DECISION = `MATCH (d:${DECISION_LABEL} {id: $id}) DELETE d`;
