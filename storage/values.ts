import neo4j from "neo4j-driver";

/**
 * Turns what the driver returns into plain JSON: 64-bit integers into numbers, temporal values into
 * ISO strings, nodes/relationships/paths into their properties. One place, so no caller forgets.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  // Strings, numbers and booleans are most of what a query returns: they skip the driver's type checks below.
  if (typeof value !== "object") return value;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value as never)) {
    const node = value as { labels: string[]; properties: Record<string, unknown> };
    return { labels: node.labels, properties: toPlain(node.properties) };
  }
  if (neo4j.isRelationship(value as never)) {
    const rel = value as { type: string; properties: Record<string, unknown> };
    return { type: rel.type, properties: toPlain(rel.properties) };
  }
  if (neo4j.isPath(value as never)) {
    const path = value as { segments: { start: unknown; relationship: unknown; end: unknown }[] };
    return path.segments.map((s) => ({
      start: toPlain(s.start),
      relationship: toPlain(s.relationship),
      end: toPlain(s.end),
    }));
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}
