import { GraphPayload } from "../../domain";
import { Db, GraphCollector } from "../../storage";
import { CypherFilters } from "./filters";

/*
 * Fact relations only ever join entities, so without filters the degree is a plain count over the
 * relation types, which Neo4j answers from its degree store instead of visiting every relation.
 */
function degree(f: CypherFilters): string {
  if (f.trivial) return `COUNT { (n)-[${f.typePattern}]-() }`;
  return `COUNT { (n)-[r${f.typePattern}]-(m:Entity) WHERE ${f.relation("r")} AND ${f.node("m")} }`;
}

/**
 * The most connected entities (degree over the filtered relations) and the relations among them.
 * Entities with no matching relation only count when no relation filter narrows the graph.
 */
function overviewQuery(f: CypherFilters): string {
  return `
MATCH (n:Entity) WHERE ${f.node("n")}
WITH n, ${degree(f)} AS degree
WHERE degree > 0 OR $keepIsolated
ORDER BY degree DESC, n.mentions DESC, n.id
WITH collect(n) AS ranked
WITH ranked[0..$limit] AS top, size(ranked) AS total
CALL (top) {
  UNWIND top AS a
  MATCH (a)-[r${f.typePattern}]->(b)
  WHERE b IN top AND ${f.relation("r")}
  RETURN collect(r) AS relations
}
RETURN top, relations, total`;
}

export async function readOverview(db: Db, filters: CypherFilters, limit: number, keepIsolated: boolean): Promise<GraphPayload> {
  const result = await db.query(overviewQuery(filters), { ...filters.params, limit, keepIsolated });
  const record = result.records[0];
  const collector = new GraphCollector().add(record.get("top")).add(record.get("relations"));
  const total = record.get("total").toNumber();
  const payload = collector.payload();
  return { ...payload, more: Math.max(0, total - payload.nodes.length) };
}
