import { EntityLabel, RelationType, isEntityLabel, isRelationType } from "../../domain";

/*
 * Labels and relation types cannot be Cypher parameters; these builders only accept members of the
 * domain's fixed lists, so no text from an article can ever reach a statement as code.
 */

function assertLabel(label: EntityLabel): void {
  if (!isEntityLabel(label)) throw new Error(`load: label not in the domain model, got ${String(label)}`);
}

function assertType(type: RelationType): void {
  if (!isRelationType(type) || type === "MENTIONED_IN") throw new Error(`load: relation type not writable, got ${String(type)}`);
}

export const READ_ARTICLE_HASH = "MATCH (a:Article {id: $id}) RETURN a.contentHash AS hash";

export const UPSERT_ARTICLE = `
MERGE (a:Article {id: $article.id})
SET a.title = $article.title, a.source = $article.source, a.date = $article.date, a.authors = $article.authors,
    a.url = $article.url, a.file = $article.file, a.contentHash = $article.contentHash, a.text = $article.text,
    a.ingestedAt = $now`;

export function upsertEntities(label: EntityLabel): string {
  assertLabel(label);
  return `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.aliases = [], e.mentions = 0
SET e:${label}
SET e.aliases = reduce(acc = coalesce(e.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.kind = coalesce(row.kind, e.kind), e.date = coalesce(row.date, e.date), e.place = coalesce(row.place, e.place)
SET e.aliasText = reduce(text = '', x IN e.aliases | CASE WHEN text = '' THEN x ELSE text + ' | ' + x END)`;
}

export const UPSERT_MENTIONS = `
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MERGE (e)-[m:MENTIONED_IN]->(a)
SET m.count = row.count, m.starts = row.starts, m.ends = row.ends`;

export function upsertRelations(type: RelationType): string {
  assertType(type);
  return `
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:${type} {negated: row.negated}]->(t)
ON CREATE SET r.articles = [], r.evidenceArticle = [], r.evidenceSentence = [], r.evidenceStart = [], r.evidenceEnd = [],
              r.confidence = 0.0
SET r.evidenceArticle = r.evidenceArticle + [x IN row.starts | $articleId],
    r.evidenceSentence = r.evidenceSentence + row.sentences,
    r.evidenceStart = r.evidenceStart + row.starts,
    r.evidenceEnd = r.evidenceEnd + row.ends,
    r.articles = CASE WHEN $articleId IN r.articles THEN r.articles ELSE r.articles + $articleId END,
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.firstSeen = CASE WHEN a.date IS NOT NULL AND (r.firstSeen IS NULL OR a.date < r.firstSeen) THEN a.date ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN a.date IS NOT NULL AND (r.lastSeen IS NULL OR a.date > r.lastSeen) THEN a.date ELSE r.lastSeen END,
    r.role = coalesce(row.role, r.role), r.date = coalesce(row.date, r.date),
    r.indirect = coalesce(row.indirect, r.indirect), r.attributedTo = coalesce(row.attributedTo, r.attributedTo)
SET r.count = size(r.evidenceArticle)`;
}

/** Removes one article's evidence from every relation it supports; relations left with none go. */
export const RETRACT_RELATION_EVIDENCE = `
MATCH (:Article {id: $articleId})<-[:MENTIONED_IN]-(e:Entity)-[r]-(:Entity)
WHERE $articleId IN r.articles
WITH DISTINCT r
WITH r, [i IN range(0, size(r.evidenceArticle) - 1) WHERE r.evidenceArticle[i] <> $articleId] AS keep
WITH r, [i IN keep | r.evidenceArticle[i]] AS articleIds, [i IN keep | r.evidenceSentence[i]] AS sentences,
     [i IN keep | r.evidenceStart[i]] AS starts, [i IN keep | r.evidenceEnd[i]] AS ends
SET r.evidenceArticle = articleIds, r.evidenceSentence = sentences, r.evidenceStart = starts, r.evidenceEnd = ends,
    r.articles = [x IN r.articles WHERE x <> $articleId], r.count = size(articleIds)
WITH r
CALL (r) {
  WITH r WHERE r.count = 0
  DELETE r
}
RETURN count(*) AS touched`;

export const REFRESH_RELATION_DATES = `
MATCH (:Article {id: $articleId})<-[:MENTIONED_IN]-(e:Entity)-[r]-(:Entity)
WHERE type(r) <> 'MENTIONED_IN' AND r.articles IS NOT NULL
WITH DISTINCT r
CALL (r) {
  UNWIND r.articles AS articleId
  MATCH (x:Article {id: articleId})
  RETURN min(x.date) AS first, max(x.date) AS last
}
SET r.firstSeen = first, r.lastSeen = last`;

export const DETACH_ARTICLE_MENTIONS = `
MATCH (e:Entity)-[m:MENTIONED_IN]->(:Article {id: $articleId})
DELETE m
RETURN collect(DISTINCT e.id) AS ids`;

/** Entities no article mentions any more disappear; the rest get their counts and dates recomputed. */
export const REFRESH_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(a:Article)
WITH e, sum(m.count) AS mentions, min(a.date) AS first, max(a.date) AS last, count(a) AS articles
CALL (e, articles) {
  WITH e WHERE articles = 0
  DETACH DELETE e
}
CALL (e, articles, mentions, first, last) {
  WITH e WHERE articles > 0
  SET e.mentions = mentions, e.firstSeen = first, e.lastSeen = last
}
RETURN sum(CASE WHEN articles = 0 THEN 1 ELSE 0 END) AS removed`;

export const DELETE_ARTICLE = "MATCH (a:Article {id: $articleId}) DETACH DELETE a RETURN count(a) AS removed";
