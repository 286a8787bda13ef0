import type { Driver, ManagedTransaction } from "neo4j-driver";
import { type Decision, DecisionSchema, type EntityLabel, mergeRedirects, relationKey } from "../../domain";
import {
  addedRelation,
  applyDecision,
  applyDecisions,
  decidedRelation,
  type Redirect,
  relationMatch,
  relationOf,
  retypeStatement,
} from "./apply-decision";
import { CREATE_DECISION, DELETE_DECISION, LIST_DECISIONS, READ_DECISION } from "./decision-statements";
import { type EntitySnapshot, restoreEntities, snapshotEntities } from "./undo-snapshot";

/** What undoing a decision puts back, read from the graph just before the decision is applied. */
type Undo =
  | { kind: "entities"; snapshot: EntitySnapshot }
  | { kind: "name"; entity: string; name: string | null }
  | { kind: "label"; entity: string; label: EntityLabel | null; entityKind: string | null }
  | { kind: "relation"; relation: string; props: Record<string, unknown> }
  | { kind: "added"; relation: string; existed: boolean }
  | { kind: "nothing" };

const MANUAL_FLAGS = ["manual", "manualNote", "manualBy", "manualAt", "manualEvidence"] as const;
const RELATION_FLAGS = ["rejected", "rejectedBy", "rejectedAt", "confirmed", "confidence"] as const;

async function readUndo(tx: ManagedTransaction, d: Decision, idOf: Redirect): Promise<Undo> {
  switch (d.kind) {
    case "merge":
      return { kind: "entities", snapshot: await snapshotEntities(tx, [d.from, d.into]) };
    case "split":
      return { kind: "entities", snapshot: await snapshotEntities(tx, [d.entity, d.newEntity]) };
    case "rename":
    case "retype": {
      const found = await tx.run(
        "MATCH (e:Entity {id: $entity}) RETURN e.name AS name, e.kind AS kind, [l IN labels(e) WHERE l <> 'Entity'][0] AS label",
        { entity: d.entity },
      );
      const e = found.records[0];
      if (d.kind === "rename") return { kind: "name", entity: d.entity, name: e?.get("name") ?? null };
      return { kind: "label", entity: d.entity, label: e?.get("label") ?? null, entityKind: e?.get("kind") ?? null };
    }
    case "reject":
    case "confirm": {
      const r = decidedRelation(d.relation, idOf);
      const found = await tx.run(
        `${relationMatch(r.type)} RETURN r {${RELATION_FLAGS.map((f) => `.${f}`).join(", ")}} AS props`,
        {
          source: r.source,
          target: r.target,
          negated: r.negated,
        },
      );
      return { kind: "relation", relation: relationKey(r), props: found.records[0]?.get("props") ?? {} };
    }
    case "add": {
      const r = addedRelation(d);
      const found = await tx.run(`${relationMatch(r.type)} RETURN count(r) AS n`, r);
      return { kind: "added", relation: relationKey(r), existed: found.records[0].get("n").toNumber() > 0 };
    }
    case "dismiss":
      return { kind: "nothing" };
  }
}

async function restore(tx: ManagedTransaction, undo: Undo): Promise<void> {
  switch (undo.kind) {
    case "entities":
      return restoreEntities(tx, undo.snapshot);
    case "name":
      if (undo.name !== null) await tx.run("MATCH (e:Entity {id: $entity}) SET e.name = $name", undo);
      return;
    case "label":
      if (undo.label === null) return;
      await tx.run(retypeStatement(undo.label), { entity: undo.entity, kind: undo.entityKind });
      return;
    case "relation": {
      const r = relationOf(undo.relation);
      const props = Object.fromEntries(RELATION_FLAGS.map((f) => [f, undo.props[f] ?? null]));
      await tx.run(`${relationMatch(r.type)} SET ${RELATION_FLAGS.map((f) => `r.${f} = $props.${f}`).join(", ")}`, {
        source: r.source,
        target: r.target,
        negated: r.negated,
        props,
      });
      return;
    }
    case "added": {
      const r = relationOf(undo.relation);
      const params = { source: r.source, target: r.target, negated: r.negated };
      if (!undo.existed) await tx.run(`${relationMatch(r.type)} DELETE r`, params);
      else await tx.run(`${relationMatch(r.type)} REMOVE r.${MANUAL_FLAGS.join(", r.")}`, params);
      return;
    }
    case "nothing":
      return;
  }
}

/** Sessions rather than driver.executeQuery, so an unreachable database fails as every other read does. */
export async function inRead<T>(
  driver: Driver,
  database: string,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    return await session.executeRead(work);
  } finally {
    await session.close();
  }
}

async function inWrite<T>(driver: Driver, database: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: "WRITE" });
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

/**
 * Stores a decision and applies it to the graph, in one transaction. A decision whose id is stored
 * already is left alone (imports are idempotent); answers whether this one was new.
 */
export async function recordDecision(driver: Driver, database: string, decision: Decision): Promise<boolean> {
  return inWrite(driver, database, async (tx) => {
    const stored = await tx.run(READ_DECISION, { id: decision.id });
    if (stored.records.length) return false;
    const idOf = mergeRedirects(await storedDecisions(tx));
    const undo = await readUndo(tx, decision, idOf);
    await tx.run(CREATE_DECISION, {
      id: decision.id,
      kind: decision.kind,
      at: decision.at,
      decision: JSON.stringify(decision),
      undo: JSON.stringify(undo),
    });
    await applyDecision(tx, decision, idOf);
    return true;
  });
}

export async function storedDecisions(tx: ManagedTransaction): Promise<Decision[]> {
  const result = await tx.run(LIST_DECISIONS);
  return result.records.map((r) => DecisionSchema.parse(JSON.parse(r.get("decision"))));
}

/** Every stored decision, newest first. */
export async function listDecisions(driver: Driver, database: string): Promise<Decision[]> {
  return inRead(driver, database, storedDecisions);
}

/** Deletes a decision and puts back what it changed; undefined when no decision has this id. */
export async function undoDecision(driver: Driver, database: string, id: string): Promise<Decision | undefined> {
  return inWrite(driver, database, async (tx) => {
    const stored = (await tx.run(READ_DECISION, { id })).records[0];
    if (!stored) return undefined;
    await restore(tx, JSON.parse(stored.get("undo")) as Undo);
    await tx.run(DELETE_DECISION, { id });
    return DecisionSchema.parse(JSON.parse(stored.get("decision")));
  });
}

/** Applies every stored decision again: what an ingest does once it has written (ingest/load.ts). */
export async function reapplyDecisions(driver: Driver, database: string, decisions: Decision[]): Promise<void> {
  if (decisions.length) await inWrite(driver, database, (tx) => applyDecisions(tx, decisions));
}
