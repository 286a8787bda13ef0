import { ManagedTransaction } from "neo4j-driver";
import { ArticleSlice } from "./article-slice";
import {
  DELETE_ARTICLE,
  DELETE_ENTITIES,
  DELETE_RELATIONS,
  READ_ARTICLE_FOOTPRINT,
  READ_ARTICLE_HASH,
  REFRESH_ENTITIES,
  REFRESH_RELATION_DATES,
  RETRACT_RELATION_EVIDENCE,
  UPSERT_ARTICLE,
  UPSERT_MENTIONS,
  upsertEntities,
  upsertRelations,
} from "./statements";

/** Takes an article's evidence out of the graph; returns how many relations lost all evidence, and the entities it mentioned. */
async function retractEvidence(tx: ManagedTransaction, articleId: string): Promise<{ relationsRemoved: number; mentioned: string[] }> {
  const footprint = (await tx.run(READ_ARTICLE_FOOTPRINT, { articleId })).records[0];
  if (!footprint) return { relationsRemoved: 0, mentioned: [] };
  const relations: string[] = footprint.get("relations");
  const retracted = await tx.run(RETRACT_RELATION_EVIDENCE, { articleId, ids: relations });
  const emptied: string[] = retracted.records[0]?.get("emptied") ?? [];
  await tx.run(DELETE_RELATIONS, { ids: emptied });
  const kept = relations.filter((id) => !emptied.includes(id));
  await tx.run(REFRESH_RELATION_DATES, { ids: kept });
  await tx.run(DELETE_RELATIONS, { ids: footprint.get("mentions") });
  return { relationsRemoved: emptied.length, mentioned: footprint.get("entities") };
}

/** Recomputes counts and dates of these entities and deletes those no article mentions any more. */
async function refreshEntities(tx: ManagedTransaction, ids: string[]): Promise<number> {
  const refreshed = await tx.run(REFRESH_ENTITIES, { ids });
  const orphans: string[] = refreshed.records[0]?.get("orphans") ?? [];
  if (orphans.length > 0) await tx.run(DELETE_ENTITIES, { ids: orphans });
  return orphans.length;
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
  const previouslyMentioned = previousHash !== undefined ? (await retractEvidence(tx, article.id)).mentioned : [];
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
  await refreshEntities(tx, touched);
  return { written: true, entities: slice.entityIds.length, relations };
}

export interface RetractResult {
  article: number;
  relations: number;
  entities: number;
}

/** Deletes an article; relations and entities whose only evidence it was go with it. */
export async function retractArticleInTransaction(tx: ManagedTransaction, articleId: string): Promise<RetractResult> {
  const { relationsRemoved, mentioned } = await retractEvidence(tx, articleId);
  const deleted = await tx.run(DELETE_ARTICLE, { articleId });
  const entitiesRemoved = await refreshEntities(tx, mentioned);
  return { article: deleted.records[0].get("removed").toNumber(), relations: relationsRemoved, entities: entitiesRemoved };
}
