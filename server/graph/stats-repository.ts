import { NODE_LABELS, NodeLabel, RELATION_TYPES, RelationType } from "../../domain";
import { Db } from "../../storage";

export interface Stats {
  nodes: Record<NodeLabel, number>;
  relations: Record<RelationType, number>;
  articles: number;
  eventDates: { min: string | null; max: string | null };
}

/* One UNION of per-label and per-type counts: each is answered from Neo4j's count store, not a scan. */
const COUNTS = [
  ...NODE_LABELS.map((label) => `MATCH (n:${label}) RETURN 'node' AS kind, '${label}' AS key, count(n) AS n`),
  ...RELATION_TYPES.map((type) => `MATCH ()-[r:${type}]->() RETURN 'relation' AS kind, '${type}' AS key, count(r) AS n`),
].join("\nUNION ALL\n");

const EVENT_DATES = "MATCH (e:Event) WHERE e.date IS NOT NULL RETURN min(e.date) AS min, max(e.date) AS max";

export async function readStats(db: Db): Promise<Stats> {
  return db.read(async (tx) => {
    const counts = await tx.run(COUNTS);
    const dates = await tx.run(EVENT_DATES);
    const nodes = Object.fromEntries(NODE_LABELS.map((l) => [l, 0])) as Record<NodeLabel, number>;
    const relations = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>;
    for (const record of counts.records) {
      const n = record.get("n").toNumber();
      if (record.get("kind") === "node") nodes[record.get("key") as NodeLabel] = n;
      else relations[record.get("key") as RelationType] = n;
    }
    const range = dates.records[0];
    return { nodes, relations, articles: nodes.Article, eventDates: { min: range?.get("min") ?? null, max: range?.get("max") ?? null } };
  });
}
