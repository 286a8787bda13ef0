import { Driver } from "neo4j-driver";

/** A value with its map keys sorted, so two equal graphs print the same whatever order Neo4j keeps keys in. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object" && value.constructor === Object)
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}

/**
 * Every entity and article node and every relationship, properties included (64-bit integers stay
 * integers), sorted: equal strings mean equal graphs. Decision nodes are left out, and `ingestedAt`
 * when asked, for graphs written at different times.
 */
export async function graphState(driver: Driver, options: { ignoreIngestTime?: boolean } = {}): Promise<string> {
  const nodes = await driver.executeQuery(
    "MATCH (n) WHERE n:Entity OR n:Article RETURN labels(n) AS labels, properties(n) AS props",
  );
  const relationships = await driver.executeQuery(
    "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props",
  );
  const drop = (props: Record<string, unknown>) => {
    const copy = { ...props };
    if (options.ignoreIngestTime) delete copy.ingestedAt;
    return copy;
  };
  const lines = [
    ...nodes.records.map((r) => JSON.stringify(canonical(["node", [...r.get("labels")].sort(), drop(r.get("props"))]))),
    ...relationships.records.map((r) =>
      JSON.stringify(canonical(["rel", r.get("type"), r.get("start"), r.get("end"), r.get("props")])),
    ),
  ];
  return lines.sort().join("\n");
}
