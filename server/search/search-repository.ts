import { EntityLabel } from "../../domain";
import { SearchResult } from "../../domain/api";
import { Db, FULLTEXT_INDEX, SEARCH_ENTITIES, domainLabel, toPlain } from "../../storage";

/**
 * The full-text index knows no labels, so a label filter applies to its hits. Without a filter, `limit`
 * hits are fetched and all kept: one query answers. With one, when the hits fetched hold fewer than
 * `limit` of the labels asked for and the index may have more, the fetch widens tenfold, up to MAX_FETCH
 * hits: a label outnumbered among the best hits (one Group among dozens of States) is still found.
 */
const MAX_FETCH = 10000;

type Row = { id: string; name: string; labels: string[]; aliases: string[]; score: number };

const toResult = (row: Row): SearchResult => ({
  id: row.id,
  name: row.name,
  label: domainLabel(row.labels) as EntityLabel,
  aliases: row.aliases,
  score: row.score,
});

export async function searchEntities(
  db: Db,
  query: string,
  limit: number,
  labels: EntityLabel[] | undefined,
): Promise<SearchResult[]> {
  for (let fetch = Math.min(labels ? limit * 10 : limit, MAX_FETCH); ; fetch = Math.min(fetch * 10, MAX_FETCH)) {
    const record = (
      await db.query(SEARCH_ENTITIES, { index: FULLTEXT_INDEX, query, fetch, limit, labels: labels ?? null })
    ).records[0];
    const results = toPlain(record.get("results")) as Row[];
    const fetched = toPlain(record.get("fetched")) as number;
    if (results.length >= limit || fetched < fetch || fetch === MAX_FETCH) return results.map(toResult);
  }
}
