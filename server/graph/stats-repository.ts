import { NODE_LABELS, NodeLabel, RELATION_TYPES, RelationType } from "../../domain";
import { Stats } from "../../domain/api";
import { Db, EVENT_DATES, GRAPH_COUNTS } from "../../storage";

export async function readStats(db: Db): Promise<Stats> {
  return db.read(async (tx) => {
    const counts = await tx.run(GRAPH_COUNTS);
    const dates = await tx.run(EVENT_DATES);
    const nodes = Object.fromEntries(NODE_LABELS.map((l) => [l, 0])) as Record<NodeLabel, number>;
    const relations = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>;
    for (const record of counts.records) {
      const n = record.get("n").toNumber();
      if (record.get("kind") === "node") nodes[record.get("key") as NodeLabel] = n;
      else relations[record.get("key") as RelationType] = n;
    }
    const range = dates.records[0];
    return {
      nodes,
      relations,
      articles: nodes.Article,
      eventDates: { min: range?.get("min") ?? null, max: range?.get("max") ?? null },
    };
  });
}
