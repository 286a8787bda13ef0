/**
 * Entities by name: the best `$fetch` hits of the full-text index `$index`, and among them the best
 * `$limit` with one of `$labels` (any label when null).
 */
export const SEARCH_ENTITIES = `
CALL db.index.fulltext.queryNodes($index, $query, {limit: $fetch}) YIELD node, score
WITH collect({node: node, score: score}) AS hits
CALL (hits) {
  UNWIND hits AS hit
  WITH hit.node AS node, hit.score AS score
  WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
  WITH node, score ORDER BY score DESC, node.mentions DESC LIMIT $limit
  RETURN collect({id: node.id, name: node.name, labels: labels(node), aliases: coalesce(node.aliases, []), score: score}) AS results
}
RETURN size(hits) AS fetched, results`;
