import { GraphPayload } from "../../domain";
import { CypherFilters, Db, GraphCollector, overviewStatement } from "../../storage";

export async function readOverview(
  db: Db,
  filters: CypherFilters,
  limit: number,
  keepIsolated: boolean,
): Promise<GraphPayload> {
  const result = await db.query(overviewStatement(filters), { ...filters.params, limit, keepIsolated });
  const record = result.records[0];
  const collector = new GraphCollector().add(record.get("top")).add(record.get("relations"));
  const total = record.get("total").toNumber();
  const payload = collector.payload();
  return { ...payload, more: Math.max(0, total - payload.nodes.length) };
}
