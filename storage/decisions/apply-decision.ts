import type { ManagedTransaction } from "neo4j-driver";
import {
  ENTITY_LABELS,
  type Decision,
  type DecisionOf,
  type EntityLabel,
  type RelationIdentity,
  type RelationType,
  isEntityLabel,
  isRelationType,
  isSymmetric,
  mergeRedirects,
  parseRelationKey,
} from "../../domain";
import { applySplit } from "./apply-split";
import { MERGE_STATEMENTS } from "./merge-statements";

/*
 * A decision's effect on the graph as it is now. Every statement is idempotent, so an ingest runs them
 * all again after writing (ingest/load.ts): whatever the ingest wrote back, the decisions win.
 */

function assertType(type: RelationType): void {
  if (!isRelationType(type) || type === "MENTIONED_IN") throw new Error(`decision: not a fact relation type, ${type}`);
}

/** The relation a decision names, found by its key; a statement over `r`. */
export function relationMatch(type: RelationType): string {
  assertType(type);
  return `MATCH (:Entity {id: $source})-[r:${type} {negated: $negated}]->(:Entity {id: $target})`;
}

export function relationOf(key: string): RelationIdentity {
  const relation = parseRelationKey(key);
  if (!relation) throw new Error(`decision: not a relation key, ${key}`);
  return relation;
}

/** An entity id as merges redirect it (domain/decisions.ts mergeRedirects). */
export type Redirect = (id: string) => string;
const unmoved: Redirect = (id) => id;

/**
 * The relation a reject or confirm names, its ends redirected through the merges: a decision made before
 * a merge still finds its relation, which the merge (and every ingest since) joined to the surviving entity.
 */
export function decidedRelation(key: string, idOf: Redirect): RelationIdentity {
  const r = relationOf(key);
  let [source, target] = [idOf(r.source), idOf(r.target)];
  if (isSymmetric(r.type) && source > target) [source, target] = [target, source];
  return { ...r, source, target };
}

const relationParams = (r: RelationIdentity) => ({ source: r.source, target: r.target, negated: r.negated });

export function retypeStatement(label: EntityLabel): string {
  if (!isEntityLabel(label)) throw new Error(`decision: label not in the domain model, ${String(label)}`);
  return `MATCH (e:Entity {id: $entity}) REMOVE e:${ENTITY_LABELS.join(":")} SET e:${label}, e.kind = $kind`;
}

async function applyMerge(tx: ManagedTransaction, d: DecisionOf<"merge">): Promise<void> {
  const present = await tx.run("MATCH (a:Entity {id: $from}), (b:Entity {id: $into}) RETURN count(*) AS n", d);
  if (present.records[0].get("n").toNumber() === 0) return;
  for (const statement of MERGE_STATEMENTS) await tx.run(statement, { from: d.from, into: d.into, ids: [d.into] });
}

export async function applyDecision(tx: ManagedTransaction, d: Decision, idOf: Redirect = unmoved): Promise<void> {
  switch (d.kind) {
    case "merge":
      return applyMerge(tx, d);
    case "rename":
      await tx.run("MATCH (e:Entity {id: $entity}) SET e.name = $name", { entity: d.entity, name: d.name });
      return;
    case "retype":
      await tx.run(retypeStatement(d.label), { entity: d.entity, kind: d.entityKind ?? null });
      return;
    case "reject": {
      const r = decidedRelation(d.relation, idOf);
      await tx.run(`${relationMatch(r.type)} SET r.rejected = true, r.rejectedBy = $author, r.rejectedAt = $at`, {
        ...relationParams(r),
        author: d.author,
        at: d.at,
      });
      return;
    }
    case "confirm": {
      const r = decidedRelation(d.relation, idOf);
      await tx.run(`${relationMatch(r.type)} SET r.confirmed = true, r.confidence = 1.0`, relationParams(r));
      return;
    }
    case "add": {
      const r = addedRelation(d);
      await tx.run(
        `MATCH (s:Entity {id: $source}), (t:Entity {id: $target})
MERGE (s)-[r:${checkedType(r.type)} {negated: false}]->(t)
ON CREATE SET r.articles = [], r.evidenceArticle = [], r.evidenceSentence = [], r.evidenceStart = [], r.evidenceEnd = [],
              r.count = 0, r.confidence = 1.0
SET r.manual = true, r.manualNote = $note, r.manualBy = $author, r.manualAt = $at, r.manualEvidence = $evidence`,
        { source: r.source, target: r.target, note: d.note, author: d.author, at: d.at, evidence: d.evidence ?? null },
      );
      return;
    }
    case "split":
      return applySplit(tx, d);
    case "dismiss":
      return;
  }
}

function checkedType(type: RelationType): RelationType {
  assertType(type);
  return type;
}

/** The relation an add decision makes, its ends ordered for a symmetric type as relationKey has them. */
export function addedRelation(d: DecisionOf<"add">): RelationIdentity {
  const [source, target] = isSymmetric(d.type) && d.source > d.target ? [d.target, d.source] : [d.source, d.target];
  return { source, type: d.type, target, negated: false };
}

/** Applies decisions oldest first, as they were made. */
export async function applyDecisions(tx: ManagedTransaction, decisions: Decision[]): Promise<void> {
  const idOf = mergeRedirects(decisions);
  for (const d of [...decisions].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id)))
    await applyDecision(tx, d, idOf);
}
