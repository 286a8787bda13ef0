import { DECISION_LABEL, NODE_LABELS, RELATION_TYPES } from "../../domain";
import type { CypherFilters } from "./graph-filters";

/*
 * The graph endpoints' reads: overview, neighbours, paths and counts. Filter conditions and their
 * parameters come from buildFilters; labels and relation types only from the domain's lists.
 */

/*
 * Fact relations only ever join entities, so without filters the degree is a plain count over the
 * relation types, which Neo4j answers from its degree store instead of visiting every relation. That
 * count takes rejected relations in too, so it serves only while no reject decision is stored
 * (`rejections`, read once per query; CASE evaluates the branch it takes only).
 */
function degree(f: CypherFilters): string {
  const filtered = `COUNT { (n)-[r${f.typePattern}]-(m:Entity) WHERE ${f.relation("r")} AND ${f.node("m")} }`;
  if (!f.trivial) return filtered;
  const stored = `COUNT { (n)-[${f.typePattern}]-() }`;
  if (f.includeRejected) return stored;
  return `CASE WHEN rejections THEN ${filtered} ELSE ${stored} END`;
}

/**
 * The most connected entities (degree over the filtered relations) and the relations among them.
 * Entities with no matching relation only count when no relation filter narrows the graph.
 * Parameters: $limit, $keepIsolated.
 */
export function overviewStatement(f: CypherFilters): string {
  return `
WITH EXISTS { MATCH (d:${DECISION_LABEL} {kind: 'reject'}) } AS rejections
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

export const SEED_ENTITIES = "MATCH (s:Entity) WHERE s.id IN $ids RETURN collect(s) AS seeds";

/* Closer neighbours first, so a page always holds the nodes that connect the farther ones to the seeds. */
const NEIGHBOUR_ORDER_BY = {
  evidence: "distance ASC, evidence DESC, recent DESC, m.id",
  recent: "distance ASC, recent DESC, evidence DESC, m.id",
  type: "distance ASC, type ASC, evidence DESC, m.id",
} as const;
export type NeighbourRanking = keyof typeof NEIGHBOUR_ORDER_BY;

/**
 * The relations that reach nodes `hops` steps from the seeds: each earlier step is reduced to its
 * distinct nodes before the next, so a hub costs the sum of its neighbours' degrees, not the number of
 * paths through it (a hub's 2-hop expansion on the 10,000-article bench graph: 190k paths, 540 ms;
 * 67k rows this way, 220 ms).
 */
function stepBranch(f: CypherFilters, hops: number): string {
  const lines = ["UNWIND seeds AS n0"];
  for (let step = 1; step < hops; step += 1) {
    lines.push(
      `MATCH (n${step - 1})-[r${step}${f.typePattern}]-(n${step}:Entity) WHERE ${f.relation(`r${step}`)} AND ${f.node(`n${step}`)}`,
    );
    lines.push(`WITH DISTINCT n${step}`);
  }
  lines.push(`MATCH (n${hops - 1})-[r${f.typePattern}]-(m:Entity) WHERE ${f.relation("r")} AND ${f.node("m")}`);
  lines.push(`RETURN m, ${hops} AS hops, r`);
  return lines.join("\n  ");
}

/**
 * Every neighbour within `hops` (an integer the route validated), ranked by the best relation that
 * reaches it; one page of them plus the total. Parameters: $ids, $offset, $limit.
 */
export function neighboursStatement(f: CypherFilters, hops: number, order: NeighbourRanking): string {
  const branches = Array.from({ length: hops }, (_, i) => stepBranch(f, i + 1));
  return `
MATCH (s:Entity) WHERE s.id IN $ids
WITH collect(s) AS seeds
CALL (seeds) {
  ${branches.join("\n  UNION ALL\n  ")}
}
WITH m, hops, r WHERE NOT m.id IN $ids
WITH m, min(hops) AS distance, max(r.count) AS evidence, max(coalesce(r.lastSeen, r.date, '')) AS recent, min(type(r)) AS type
ORDER BY ${NEIGHBOUR_ORDER_BY[order]}
WITH collect(m) AS ranked
RETURN ranked[$offset..$offset + $limit] AS page, size(ranked) AS total`;
}

/** The filtered relations among these nodes ($nodeIds). */
export function relationsAmongStatement(f: CypherFilters): string {
  return `
MATCH (a:Entity)-[r${f.typePattern}]->(b:Entity)
WHERE a.id IN $nodeIds AND b.id IN $nodeIds AND ${f.relation("r")}
RETURN collect(DISTINCT a) + collect(DISTINCT b) AS nodes, collect(r) AS relations`;
}

export const PATH_ENDS = "MATCH (n:Entity) WHERE n.id IN [$from, $to] RETURN n";

/*
 * SHORTEST k and the quantifier bounds only take literals; both are integers the route validated
 * (1..20 and 1..6), and the relation types come from the domain list. The filters sit inside the
 * quantified pattern so they choose which paths count before the shortest are picked, not after.
 */
export function pathsStatement(f: CypherFilters, limit: number, maxLength: number): string {
  return `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST ${limit} (a)(()-[r${f.typePattern}]-(x:Entity) WHERE ${f.relation("r")} AND ${f.node("x")}){1,${maxLength}}(b)
RETURN p ORDER BY length(p)`;
}

/* One UNION of per-label and per-type counts: each is answered from Neo4j's count store, not a scan. */
export const GRAPH_COUNTS = [
  ...NODE_LABELS.map((label) => `MATCH (n:${label}) RETURN 'node' AS kind, '${label}' AS key, count(n) AS n`),
  ...RELATION_TYPES.map(
    (type) => `MATCH ()-[r:${type}]->() RETURN 'relation' AS kind, '${type}' AS key, count(r) AS n`,
  ),
].join("\nUNION ALL\n");

export const EVENT_DATES = "MATCH (e:Event) WHERE e.date IS NOT NULL RETURN min(e.date) AS min, max(e.date) AS max";
