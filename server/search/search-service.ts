import { EntityLabel } from "../../domain";
import { SearchResponse } from "../../domain/api";
import { Db } from "../../storage";
import { buildLuceneQuery } from "./lucene-query";
import { searchEntities } from "./search-repository";

export async function search(db: Db, input: string, limit: number, labels?: EntityLabel[]): Promise<SearchResponse> {
  const query = buildLuceneQuery(input);
  if (!query) return { results: [] };
  return { results: await searchEntities(db, query, limit, labels?.length ? labels : undefined) };
}
