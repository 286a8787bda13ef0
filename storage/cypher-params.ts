import neo4j from "neo4j-driver";

/**
 * JSON numbers arrive as floats; Cypher wants integers for LIMIT, SKIP, ranges and most ids, so whole
 * numbers become Neo4j integers (recursively through lists and maps).
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}
