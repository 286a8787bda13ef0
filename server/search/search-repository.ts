import { FULLTEXT_INDEX, toPlain } from "../../db";
import { EntityLabel } from "../../domain";
import { Db, domainLabel } from "../neo4j";

export interface SearchResult {
  id: string;
  name: string;
  label: EntityLabel;
  aliases: string[];
  score: number;
}

const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $query, {limit: $fetch}) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN node.id AS id, node.name AS name, labels(node) AS labels, coalesce(node.aliases, []) AS aliases, score
ORDER BY score DESC, node.mentions DESC
LIMIT $limit`;

export async function searchEntities(db: Db, query: string, limit: number, labels: EntityLabel[] | undefined): Promise<SearchResult[]> {
  const fetch = labels ? limit * 10 : limit;
  const result = await db.query(SEARCH, { index: FULLTEXT_INDEX, query, fetch, limit, labels: labels ?? null });
  return result.records.map((r) => {
    const row = toPlain(r.toObject()) as { id: string; name: string; labels: string[]; aliases: string[]; score: number };
    return { id: row.id, name: row.name, label: domainLabel(row.labels) as EntityLabel, aliases: row.aliases, score: row.score };
  });
}
