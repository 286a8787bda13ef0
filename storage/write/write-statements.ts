import { EntityLabel, RelationType, isEntityLabel, isRelationType } from "../../domain";
import { aliasTextOf } from "../schema";

/*
 * Labels and relation types cannot be Cypher parameters; these builders only accept members of the
 * domain's fixed lists, so no text from an article can ever reach a statement as code.
 */

function assertLabel(label: EntityLabel): void {
  if (!isEntityLabel(label)) throw new Error(`load: label not in the domain model, got ${String(label)}`);
}

function assertType(type: RelationType): void {
  if (!isRelationType(type) || type === "MENTIONED_IN")
    throw new Error(`load: relation type not writable, got ${String(type)}`);
}

/*
 * The statements an ingest runs for every batch start with `CYPHER replan=skip`: each finds its nodes
 * through a unique id, so its plan never gets better as the graph grows, yet while an ingest grows the
 * graph Neo4j kept re-planning all twenty of them (a 2,000-article write took 0.9 to 3.2 s in its
 * relation statements alone, depending on when re-planning struck).
 */

/**
 * Locks the batch's articles (creating the missing ones) before reading their hashes: a concurrent
 * ingest of the same article waits here until this one commits, then sees it unchanged and skips it.
 * Ids come sorted, so two batches always lock in the same order and cannot deadlock on articles.
 */
export const LOCK_ARTICLES = `
CYPHER replan=skip
UNWIND $ids AS id
MERGE (a:Article {id: id})
SET a.writeLock = true
REMOVE a.writeLock
RETURN a.id AS id, a.contentHash AS hash, a.ingestedAt IS NOT NULL AS written`;

export const UPSERT_ARTICLES = `
CYPHER replan=skip
UNWIND $articles AS article
MERGE (a:Article {id: article.id})
SET a.title = article.title, a.source = article.source, a.date = article.date, a.authors = article.authors,
    a.url = article.url, a.file = article.file, a.contentHash = article.contentHash, a.text = article.text,
    a.ingestedAt = $now`;

/*
 * Every write below is planned without an Eager operator (test/storage/write-plans.test.ts):
 * ON CREATE / ON MATCH instead of reading back what an earlier SET wrote, and deletions driven by
 * ids collected first instead of by the pattern being changed.
 */

export function upsertEntities(label: EntityLabel): string {
  assertLabel(label);
  return `
CYPHER replan=skip
UNWIND $rows AS row
MERGE (e:Entity:${label} {id: row.id})
ON CREATE SET e.name = row.name, e.aliases = row.aliases, e.mentions = 0,
              e.aliasText = ${aliasTextOf("row.aliases")},
              e.kind = row.kind, e.date = row.date, e.place = row.place
ON MATCH SET e.aliases = reduce(acc = e.aliases, x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
             e.aliasText = ${aliasTextOf("reduce(acc = e.aliases, y IN row.aliases | CASE WHEN y IN acc THEN acc ELSE acc + y END)")},
             e.kind = coalesce(row.kind, e.kind), e.date = coalesce(row.date, e.date), e.place = coalesce(row.place, e.place)`;
}

export const UPSERT_MENTIONS = `
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (e:Entity {id: row.entity})
MERGE (e)-[m:MENTIONED_IN]->(a)
SET m.count = row.count, m.starts = row.starts, m.ends = row.ends`;

/*
 * One statement per type. A single statement with a dynamic type, MERGE (s)-[r:$(row.type)]->(t), would
 * be planned once instead of per type, but Neo4j 5.26.0 gave every row of the UNWIND the first row's type.
 */
export function upsertRelations(type: RelationType): string {
  assertType(type);
  return `
CYPHER replan=skip
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:${type} {negated: row.negated}]->(t)
ON CREATE SET r.articles = row.articles, r.evidenceArticle = row.evidenceArticles, r.evidenceSentence = row.sentences,
              r.evidenceStart = row.starts, r.evidenceEnd = row.ends, r.count = size(row.starts), r.confidence = row.confidence,
              r.firstSeen = row.firstSeen, r.lastSeen = row.lastSeen, r.role = row.role, r.date = row.date, r.indirect = row.indirect,
              r.attributedTo = row.attributedTo
ON MATCH SET r.evidenceArticle = r.evidenceArticle + row.evidenceArticles,
             r.evidenceSentence = r.evidenceSentence + row.sentences,
             r.evidenceStart = r.evidenceStart + row.starts,
             r.evidenceEnd = r.evidenceEnd + row.ends,
             r.count = r.count + size(row.starts),
             r.articles = r.articles + [x IN row.articles WHERE NOT x IN r.articles],
             r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
             r.firstSeen = CASE WHEN row.firstSeen IS NOT NULL AND (r.firstSeen IS NULL OR row.firstSeen < r.firstSeen) THEN row.firstSeen ELSE r.firstSeen END,
             r.lastSeen = CASE WHEN row.lastSeen IS NOT NULL AND (r.lastSeen IS NULL OR row.lastSeen > r.lastSeen) THEN row.lastSeen ELSE r.lastSeen END,
             r.role = coalesce(row.role, r.role), r.date = coalesce(row.date, r.date),
             r.indirect = coalesce(row.indirect, r.indirect), r.attributedTo = coalesce(row.attributedTo, r.attributedTo)`;
}

/** What an article touches, read first so the writes below go by id and never change what they traverse. */
export const READ_ARTICLE_FOOTPRINT = `
MATCH (:Article {id: $articleId})<-[m:MENTIONED_IN]-(e:Entity)
OPTIONAL MATCH (e)-[r]-(:Entity)
WHERE $articleId IN r.articles
RETURN collect(DISTINCT elementId(m)) AS mentions, collect(DISTINCT e.id) AS entities, collect(DISTINCT elementId(r)) AS relations`;

/** Removes one article's evidence from these relations; returns those left with none, but for relations added by hand. */
export const RETRACT_RELATION_EVIDENCE = `
MATCH ()-[r]->()
WHERE elementId(r) IN $ids
WITH r, [i IN range(0, size(r.evidenceArticle) - 1) WHERE r.evidenceArticle[i] <> $articleId] AS keep
SET r.evidenceArticle = [i IN keep | r.evidenceArticle[i]], r.evidenceSentence = [i IN keep | r.evidenceSentence[i]],
    r.evidenceStart = [i IN keep | r.evidenceStart[i]], r.evidenceEnd = [i IN keep | r.evidenceEnd[i]],
    r.articles = [x IN r.articles WHERE x <> $articleId], r.count = size(keep)
RETURN collect(CASE WHEN size(keep) = 0 AND NOT coalesce(r.manual, false) THEN elementId(r) END) AS emptied`;

export const DELETE_RELATIONS = `
MATCH ()-[r]->()
WHERE elementId(r) IN $ids
DELETE r`;

export const REFRESH_RELATION_DATES = `
MATCH ()-[r]->()
WHERE elementId(r) IN $ids
CALL (r) {
  UNWIND r.articles AS articleId
  MATCH (x:Article {id: articleId})
  RETURN min(x.date) AS first, max(x.date) AS last
}
SET r.firstSeen = first, r.lastSeen = last`;

/**
 * Adds a batch's mentions to entities none of whose earlier mentions were retracted in it: cheaper than
 * REFRESH_ENTITIES, which reads every mention of an entity, thousands for a country. Two ingests adding
 * to one entity at once lose neither addition: a SET that reads the property it writes makes Cypher take
 * the write lock before the read (Neo4j's "lost updates" rule), as in the relation statements' ON MATCH.
 */
export const ADD_ENTITY_TALLIES = `
CYPHER replan=skip
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
SET e.mentions = coalesce(e.mentions, 0) + row.mentions,
    e.firstSeen = CASE WHEN row.firstSeen IS NOT NULL AND (e.firstSeen IS NULL OR row.firstSeen < e.firstSeen) THEN row.firstSeen ELSE e.firstSeen END,
    e.lastSeen = CASE WHEN row.lastSeen IS NOT NULL AND (e.lastSeen IS NULL OR row.lastSeen > e.lastSeen) THEN row.lastSeen ELSE e.lastSeen END`;

/** Recomputes counts and dates; returns the entities no article mentions any more. */
export const REFRESH_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(a:Article)
WITH e, sum(m.count) AS mentions, min(a.date) AS first, max(a.date) AS last, count(a) AS articles
SET e.mentions = mentions, e.firstSeen = first, e.lastSeen = last
RETURN collect(CASE WHEN articles = 0 THEN e.id END) AS orphans`;

export const DELETE_ENTITIES = "MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e";

export const DELETE_ARTICLE = "MATCH (a:Article {id: $articleId}) DETACH DELETE a RETURN count(a) AS removed";
