import { Driver } from "neo4j-driver";
import { DEFAULT_INGEST_BATCH_SIZE } from "../../config";
import { Extraction } from "../../domain";
import { sliceByArticle } from "./article-slice";
import { RetractResult, retractArticleInTransaction, writeBatch } from "./write-batch";

export interface WriteProgress {
  articlesDone: number;
  articlesTotal: number;
  entities: number;
  relations: number;
}

export interface WriteOptions {
  onProgress?: (progress: WriteProgress) => void;
  /** Rewrite articles even when their content hash is unchanged (e.g. after the extraction rules changed). */
  force?: boolean;
  /** Articles per transaction; a batch is written fully or not at all. */
  batchSize?: number;
}

export interface WriteSummary {
  articles: number;
  entities: number;
  relations: number;
  skipped: number;
}

/**
 * Writes an extraction, already joined to the stored entities, in transactions of a batch of articles:
 * an article is either fully in or not at all.
 */
export async function writeArticles(
  driver: Driver,
  database: string,
  extraction: Extraction,
  options: WriteOptions = {},
): Promise<WriteSummary> {
  const slices = sliceByArticle(extraction);
  const entityIds = new Set<string>();
  const summary: WriteSummary = { articles: 0, entities: 0, relations: 0, skipped: 0 };
  const session = driver.session({ database });
  try {
    const batchSize = options.batchSize ?? DEFAULT_INGEST_BATCH_SIZE;
    for (let i = 0; i < slices.length; i += batchSize) {
      const batch = slices.slice(i, i + batchSize);
      const result = await session.executeWrite((tx) => writeBatch(tx, batch, options.force ?? false));
      summary.articles += result.written;
      summary.skipped += result.skipped;
      summary.relations += result.relations;
      result.entityIds.forEach((id) => entityIds.add(id));
      summary.entities = entityIds.size;
      options.onProgress?.({
        articlesDone: summary.articles + summary.skipped,
        articlesTotal: slices.length,
        entities: summary.entities,
        relations: summary.relations,
      });
    }
  } finally {
    await session.close();
  }
  return summary;
}

export async function retractArticle(driver: Driver, database: string, articleId: string): Promise<RetractResult> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite((tx) => retractArticleInTransaction(tx, articleId));
  } finally {
    await session.close();
  }
}

export type { RetractResult } from "./write-batch";
