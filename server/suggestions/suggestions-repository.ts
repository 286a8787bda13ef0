import type { EntityLabel } from "../../domain";
import { Db, ENTITY_DEGREES, SHARED_NEIGHBOURS, SUGGESTION_ENTITIES, listDecisions } from "../../storage";
import type { NamedEntity } from "./duplicate-scoring";

export function readNamedEntities(db: Db, labels: EntityLabel[] | undefined): Promise<NamedEntity[]> {
  return db
    .query(SUGGESTION_ENTITIES, { labels: labels?.length ? labels : null })
    .then((result) => result.records.map((r) => r.toObject() as NamedEntity));
}

/** The pairs analysts said are not one, keyed as pairKey has them. */
export async function readDismissedPairs(db: Db): Promise<Set<string>> {
  const decisions = await listDecisions(db.driver, db.database);
  return new Set(decisions.flatMap((d) => (d.kind === "dismiss" ? [pairKey(...d.entities)] : [])));
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\n${b}` : `${b}\n${a}`;
}

export async function readSharedNeighbours(db: Db, pairs: [string, string][]): Promise<Map<string, number>> {
  if (!pairs.length) return new Map();
  const result = await db.query(SHARED_NEIGHBOURS, { pairs });
  return new Map(result.records.map((r) => [pairKey(r.get("a"), r.get("b")), r.get("shared").toNumber()]));
}

export async function readDegrees(db: Db, ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const result = await db.query(ENTITY_DEGREES, { ids });
  return new Map(result.records.map((r) => [r.get("id"), r.get("degree").toNumber()]));
}
