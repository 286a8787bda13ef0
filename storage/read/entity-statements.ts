import { FACT_RELATION_TYPES, type RelationType } from "../../domain";
import { notRejected } from "./graph-filters";

/*
 * The entity and relation endpoints' reads. Parameters: $id (an entity id), $limit (an integer);
 * $source, $target and $negated for one relation.
 */

export const ENTITY = "MATCH (n:Entity {id: $id}) RETURN n";

/** The articles that mention the entity, newest first. */
export const ENTITY_ARTICLES = `
MATCH (:Entity {id: $id})-[m:MENTIONED_IN]->(a:Article)
RETURN a.id AS id, a.title AS title, a.source AS source, a.date AS date, m.count AS mentions
ORDER BY a.date DESC, a.id
LIMIT $limit`;

export const ENTITY_ARTICLE_COUNT = "MATCH (:Entity {id: $id})-[m:MENTIONED_IN]->(:Article) RETURN count(m) AS total";

/** The entity's fact relations, best supported first, one page; with the articles behind their evidence. Rejected ones only when $includeRejected. */
export const ENTITY_RELATIONS = `
MATCH (n:Entity {id: $id})-[r]-(o:Entity)
WHERE type(r) <> 'MENTIONED_IN' AND ($includeRejected OR ${notRejected("r")})
WITH n, r, o ORDER BY r.count DESC, type(r), o.id
WITH n, collect({r: r, o: o}) AS ranked
UNWIND ranked[0..$limit] AS item
WITH item.r AS r, item.o AS o, startNode(item.r) = n AS out, size(ranked) AS total
CALL (r) {
  UNWIND coalesce(r.articles, []) AS articleId
  MATCH (a:Article {id: articleId})
  RETURN collect({id: a.id, title: a.title, source: a.source, date: a.date}) AS sources
}
RETURN r, o, out, sources, total`;

/** One relation by its key, with its ends and the articles behind its evidence. Labels cannot be parameters, so the type is checked against the domain's list. */
export function relationStatement(type: RelationType): string {
  if (!(FACT_RELATION_TYPES as readonly string[]).includes(type))
    throw new Error(`read: not a fact relation type, got ${String(type)}`);
  return `
MATCH (a:Entity {id: $source})-[r:${type}]->(b:Entity {id: $target})
WHERE coalesce(r.negated, false) = $negated
WITH a, r, b LIMIT 1
CALL (r) {
  UNWIND coalesce(r.articles, []) AS articleId
  MATCH (x:Article {id: articleId})
  RETURN collect({id: x.id, title: x.title, source: x.source, date: x.date}) AS sources
}
RETURN a, r, b, sources`;
}
