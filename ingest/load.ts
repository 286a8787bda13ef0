import type { Driver } from "neo4j-driver";
import type { Extraction } from "../domain";
import { WriteOptions, WriteSummary, writeArticles } from "../storage";
import { joinStoredEntities } from "./resolve/stored-entities";

export type { WriteOptions, WriteProgress, WriteSummary } from "../storage";

/**
 * The pipeline's last stage: joins the extraction to the entities the database already holds, then
 * writes it (storage/write says how).
 */
export async function writeExtraction(
  driver: Driver,
  database: string,
  extraction: Extraction,
  options: WriteOptions = {},
): Promise<WriteSummary> {
  return writeArticles(driver, database, await joinStoredEntities(driver, database, extraction), options);
}
