import type { Driver } from "neo4j-driver";
import type { Extraction } from "../domain";
import { WriteOptions, WriteSummary, listDecisions, reapplyDecisions, writeArticles } from "../storage";
import { applyDecisionsToExtraction } from "./resolve/decisions";
import { joinStoredEntities } from "./resolve/stored-entities";

export type { WriteOptions, WriteProgress, WriteSummary } from "../storage";

/**
 * The pipeline's last stage: corrects the extraction by the analysts' decisions, joins it to the
 * entities the database already holds, writes it (storage/write says how), then applies the decisions
 * to the graph again, so nothing the write brought back (a rejected relation written anew) escapes them.
 */
export async function writeExtraction(
  driver: Driver,
  database: string,
  extraction: Extraction,
  options: WriteOptions = {},
): Promise<WriteSummary> {
  const decisions = await listDecisions(driver, database);
  const corrected = applyDecisionsToExtraction(extraction, decisions);
  const summary = await writeArticles(driver, database, await joinStoredEntities(driver, database, corrected), options);
  await reapplyDecisions(driver, database, decisions);
  return summary;
}
