import { ManagedTransaction } from "neo4j-driver";
import { ArticleSlice } from "./article-slice";
import {
  DELETE_ARTICLE,
  DETACH_ARTICLE_MENTIONS,
  READ_ARTICLE_HASH,
  REFRESH_ENTITIES,
  REFRESH_RELATION_DATES,
  RETRACT_RELATION_EVIDENCE,
  UPSERT_ARTICLE,
  UPSERT_MENTIONS,
  upsertEntities,
  upsertRelations,
} from "./statements";

/** Takes an article's evidence out of the graph; returns the ids of the entities it mentioned. */
async function retractEvidence(tx: ManagedTransaction, articleId: string): Promise<string[]> {
  await tx.run(RETRACT_RELATION_EVIDENCE, { articleId });
  await tx.run(REFRESH_RELATION_DATES, { articleId });
  const detached = await tx.run(DETACH_ARTICLE_MENTIONS, { articleId });
  return detached.records[0]?.get("ids") ?? [];
}

export interface ArticleWriteResult {
  written: boolean;
  entities: number;
  relations: number;
}

/**
 * Writes one article inside the caller's transaction: an unchanged article (same content hash) is left
 * alone; a changed one first loses its old evidence, so re-ingesting never duplicates anything.
 * Runs inside executeWrite, which may retry it: everything here is idempotent.
 */
export async function writeArticle(tx: ManagedTransaction, slice: ArticleSlice, force: boolean): Promise<ArticleWriteResult> {
  const { article } = slice;
  const existing = await tx.run(READ_ARTICLE_HASH, { id: article.id });
  const previousHash = existing.records[0]?.get("hash");
  if (!force && previousHash !== undefined && previousHash === (article.contentHash ?? null)) {
    return { written: false, entities: 0, relations: 0 };
  }
  const previouslyMentioned = previousHash !== undefined ? await retractEvidence(tx, article.id) : [];
  await tx.run(UPSERT_ARTICLE, {
    article: {
      id: article.id,
      title: article.title,
      source: article.source ?? null,
      date: article.date ?? null,
      authors: article.authors,
      url: article.url ?? null,
      file: article.file ?? null,
      contentHash: article.contentHash ?? null,
      text: article.text ?? null,
    },
    now: new Date().toISOString(),
  });
  for (const [label, rows] of slice.entitiesByLabel) await tx.run(upsertEntities(label), { rows });
  await tx.run(UPSERT_MENTIONS, { articleId: article.id, rows: slice.mentions });
  let relations = 0;
  for (const [type, rows] of slice.relationsByType) {
    await tx.run(upsertRelations(type), { articleId: article.id, rows });
    relations += rows.length;
  }
  const touched = [...new Set([...previouslyMentioned, ...slice.entityIds])];
  await tx.run(REFRESH_ENTITIES, { ids: touched });
  return { written: true, entities: slice.entityIds.length, relations };
}

export interface RetractResult {
  article: number;
  relations: number;
  entities: number;
}

/** Deletes an article; relations and entities whose only evidence it was go with it. */
export async function retractArticleInTransaction(tx: ManagedTransaction, articleId: string): Promise<RetractResult> {
  const before = await tx.run(
    "MATCH (:Article {id: $articleId})<-[:MENTIONED_IN]-(:Entity)-[r]-(:Entity) WHERE $articleId IN r.articles AND size(r.articles) = 1 RETURN count(DISTINCT r) AS n",
    { articleId },
  );
  const ids = await retractEvidence(tx, articleId);
  const deleted = await tx.run(DELETE_ARTICLE, { articleId });
  const refreshed = await tx.run(REFRESH_ENTITIES, { ids });
  return {
    article: deleted.records[0].get("removed").toNumber(),
    relations: before.records[0].get("n").toNumber(),
    entities: refreshed.records[0]?.get("removed")?.toNumber() ?? 0,
  };
}
