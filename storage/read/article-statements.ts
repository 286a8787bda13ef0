import { notRejected } from "./graph-filters";

/*
 * The article endpoints' reads. Parameters: $source (null for every outlet), $offset and $limit
 * (integers), $id (an article id).
 */

const SUMMARY_FIELDS =
  "a.id AS id, a.title AS title, a.source AS source, a.date AS date, coalesce(a.authors, []) AS authors, a.url AS url";

/** One page of articles, newest first. */
export const ARTICLE_LIST = `
MATCH (a:Article) WHERE $source IS NULL OR a.source = $source
WITH a ORDER BY a.date DESC, a.id
WITH collect(a) AS ranked
UNWIND ranked[$offset..$offset + $limit] AS a
RETURN ${SUMMARY_FIELDS}`;

export const ARTICLE_COUNT = "MATCH (a:Article) WHERE $source IS NULL OR a.source = $source RETURN count(a) AS total";

export const ARTICLE = `
MATCH (a:Article {id: $id})
RETURN ${SUMMARY_FIELDS}, a.text AS text, a.file AS file, a.contentHash AS contentHash, a.ingestedAt AS ingestedAt`;

/** Every mention in the article, one row per occurrence, in text order. */
export const ARTICLE_MENTIONS = `
MATCH (e:Entity)-[m:MENTIONED_IN]->(:Article {id: $id})
UNWIND range(0, size(coalesce(m.starts, [])) - 1) AS i
RETURN e.id AS entity, e.name AS name, labels(e) AS labels, m.starts[i] AS start, m.ends[i] AS end
ORDER BY start, end`;

/* Relations the article is evidence for: both endpoints are mentioned in it (the writer guarantees it). */
export const ARTICLE_RELATIONS = `
MATCH (:Article {id: $id})<-[:MENTIONED_IN]-(s:Entity)-[r]->(t:Entity)
WHERE $id IN r.articles AND ${notRejected("r")}
RETURN DISTINCT r, s.id AS source, t.id AS target`;
