import { Driver } from "neo4j-driver";
import { Extraction } from "../../domain";
import { sliceByArticle } from "./article-slice";
import { RetractResult, retractArticleInTransaction, writeArticle } from "./write-article";

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
}

export interface WriteSummary {
  articles: number;
  entities: number;
  relations: number;
  skipped: number;
}

/** Writes an extraction to Neo4j, one transaction per article: an article is either fully in or not at all. */
export async function writeExtraction(driver: Driver, database: string, extraction: Extraction, options: WriteOptions = {}): Promise<WriteSummary> {
  const slices = sliceByArticle(extraction);
  const entityIds = new Set<string>();
  const summary: WriteSummary = { articles: 0, entities: 0, relations: 0, skipped: 0 };
  const session = driver.session({ database });
  try {
    for (const slice of slices) {
      const result = await session.executeWrite((tx) => writeArticle(tx, slice, options.force ?? false));
      if (result.written) {
        summary.articles += 1;
        summary.relations += result.relations;
        slice.entityIds.forEach((id) => entityIds.add(id));
      } else {
        summary.skipped += 1;
      }
      summary.entities = entityIds.size;
      options.onProgress?.({ articlesDone: summary.articles + summary.skipped, articlesTotal: slices.length, entities: summary.entities, relations: summary.relations });
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

export type { RetractResult } from "./write-article";
export { sliceByArticle } from "./article-slice";
