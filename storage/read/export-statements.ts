import { FACT_RELATION_TYPES } from "../../domain";
import { notRejected } from "./graph-filters";

/* The export endpoint's reads: the subgraph to export and the articles behind its evidence. */

const FACT_PATTERN = `:${FACT_RELATION_TYPES.join("|")}`;

/** The given nodes ($ids, entities or articles) and, with hops (an integer the route validated), the entities within reach. */
export function subgraphNodesStatement(hops: number): string {
  if (hops === 0)
    return "MATCH (n) WHERE n.id IN $ids AND (n:Entity OR n:Article) RETURN collect(n) AS nodes, count(n) AS total";
  return `
MATCH (s) WHERE s.id IN $ids AND (s:Entity OR s:Article)
OPTIONAL MATCH (s)-[${FACT_PATTERN}*1..${hops}]-(m:Entity)
WITH collect(DISTINCT s) + collect(DISTINCT m) AS found
UNWIND found AS n
WITH DISTINCT n
RETURN collect(n) AS nodes, count(n) AS total`;
}

export const ALL_ENTITIES = "MATCH (n:Entity) WITH n ORDER BY n.id RETURN collect(n) AS nodes, count(n) AS total";

/** Every relation among these nodes ($ids), provenance included; rejected ones only when $includeRejected. */
export const RELATIONS_AMONG = `
MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids AND (a:Entity OR a:Article) AND (b:Entity OR b:Article)
  AND ($includeRejected OR ${notRejected("r")})
RETURN collect(r) AS relations`;

export const ARTICLE_INFO =
  "MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.title AS title, a.source AS source, a.date AS date";
