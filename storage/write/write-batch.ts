import { ManagedTransaction } from "neo4j-driver";
import { ArticleSlice } from "./article-slice";
import { batchRows } from "./batch-rows";
import {
  ADD_ENTITY_TALLIES,
  DELETE_ARTICLE,
  DELETE_ENTITIES,
  DELETE_RELATIONS,
  READ_ARTICLE_FOOTPRINT,
  LOCK_ARTICLES,
  REFRESH_ENTITIES,
  REFRESH_RELATION_DATES,
  RETRACT_RELATION_EVIDENCE,
  UPSERT_ARTICLES,
  UPSERT_MENTIONS,
  upsertEntities,
  upsertRelations,
} from "./write-statements";

/** Takes an article's evidence out of the graph; returns how many relations lost all evidence, and the entities it mentioned. */
async function retractEvidence(
  tx: ManagedTransaction,
  articleId: string,
): Promise<{ relationsRemoved: number; mentioned: string[] }> {
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
  if (ids.length === 0) return 0;
  const refreshed = await tx.run(REFRESH_ENTITIES, { ids });
  const orphans: string[] = refreshed.records[0]?.get("orphans") ?? [];
  if (orphans.length > 0) await tx.run(DELETE_ENTITIES, { ids: orphans });
  return orphans.length;
}

export interface BatchWriteResult {
  written: number;
  skipped: number;
  entityIds: string[];
  relations: number;
}

/**
 * Writes a batch of articles inside the caller's transaction, each statement one UNWIND over the whole
 * batch. Unchanged articles (same content hash) are left alone; changed ones first lose their old
 * evidence, so re-ingesting never duplicates anything. Runs inside executeWrite, which may retry it:
 * everything here is idempotent.
 */
export async function writeBatch(
  tx: ManagedTransaction,
  slices: ArticleSlice[],
  force: boolean,
): Promise<BatchWriteResult> {
  const locked = await tx.run(LOCK_ARTICLES, { ids: slices.map((s) => s.article.id).sort() });
  const previous = new Map<string, { hash: string | null; written: boolean }>(
    locked.records.map((r) => [r.get("id"), { hash: r.get("hash"), written: r.get("written") }]),
  );
  // An article without a content hash cannot be known unchanged, so it is rewritten.
  const unchanged = (s: ArticleSlice) => {
    const before = previous.get(s.article.id);
    return (
      before !== undefined && before.written && before.hash !== null && before.hash === (s.article.contentHash ?? null)
    );
  };
  const changed = force ? slices : slices.filter((s) => !unchanged(s));
  if (changed.length === 0) return { written: 0, skipped: slices.length, entityIds: [], relations: 0 };

  const previouslyMentioned = new Set<string>();
  for (const slice of changed) {
    if (!previous.get(slice.article.id)?.written) continue;
    for (const id of (await retractEvidence(tx, slice.article.id)).mentioned) previouslyMentioned.add(id);
  }
  await tx.run(UPSERT_ARTICLES, {
    articles: changed.map(({ article }) => ({
      id: article.id,
      title: article.title,
      source: article.source ?? null,
      date: article.date ?? null,
      authors: article.authors,
      url: article.url ?? null,
      file: article.file ?? null,
      contentHash: article.contentHash ?? null,
      text: article.text ?? null,
    })),
    now: new Date().toISOString(),
  });
  const rows = batchRows(changed);
  for (const [label, entities] of rows.entitiesByLabel) await tx.run(upsertEntities(label), { rows: entities });
  await tx.run(UPSERT_MENTIONS, { rows: rows.mentions });
  for (const [type, relations] of rows.relationsByType) await tx.run(upsertRelations(type), { rows: relations });
  await tx.run(ADD_ENTITY_TALLIES, { rows: rows.tallies.filter((t) => !previouslyMentioned.has(t.entity)) });
  await refreshEntities(tx, [...previouslyMentioned]);
  return {
    written: changed.length,
    skipped: slices.length - changed.length,
    entityIds: rows.entityIds,
    relations: rows.statedRelations,
  };
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
  return {
    article: deleted.records[0].get("removed").toNumber(),
    relations: relationsRemoved,
    entities: entitiesRemoved,
  };
}
