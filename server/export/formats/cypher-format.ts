import { ENTITY_LABEL, GraphPayload, isEntityLabel } from "../../../domain";
import { ExportWriter } from "../export-model";

/*
 * A parameter-free script that recreates the subgraph with MERGE (running it twice changes nothing):
 * one statement per line, every string a Cypher literal with all special characters escaped, labels and
 * relation types only from the domain (GraphNode/GraphEdge are validated against it).
 */

/** Properties Neo4j holds as floats even when the value is whole (confidence 1.0 must not become 1). */
const FLOAT_PROPERTIES = new Set(["confidence"]);

export function cypherString(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  const escaped = text.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (c) => {
    switch (c) {
      case "\\":
        return "\\\\";
      case "'":
        return "\\'";
      case "\n":
        return "\\n";
      case "\r":
        return "\\r";
      case "\t":
        return "\\t";
      default:
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
    }
  });
  return `'${escaped}'`;
}

export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, "``")}\``;
}

export function cypherLiteral(value: unknown, float = false): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return cypherString(value);
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "null";
    return float && Number.isInteger(value) ? value.toFixed(1) : String(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => cypherLiteral(v, float)).join(", ")}]`;
  if (typeof value === "object") return cypherMap(value as Record<string, unknown>);
  return cypherString(String(value));
}

function cypherMap(properties: Record<string, unknown>): string {
  const entries = Object.entries(properties).filter(([, v]) => v !== null && v !== undefined);
  return `{${entries.map(([k, v]) => `${cypherName(k)}: ${cypherLiteral(v, FLOAT_PROPERTIES.has(k))}`).join(", ")}}`;
}

function labelsOf(label: string): string {
  return isEntityLabel(label) ? `:${ENTITY_LABEL}:${label}` : `:${label}`;
}

/** Edge properties the API derives from stored ones; the script writes the stored form. */
function storedEdgeProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const { articleIds, articles, firstEvidence: _firstEvidence, ...rest } = properties;
  return Array.isArray(articleIds) ? { ...rest, articles: articleIds } : { ...rest, articles };
}

export function writeCypherScript(subgraph: GraphPayload): string {
  const labelById = new Map(subgraph.nodes.map((n) => [n.id, n.label]));
  const lines = [
    `// Newsgraph export: ${subgraph.nodes.length} nodes, ${subgraph.edges.length} relations. Run statement by statement (one per line).`,
  ];
  for (const node of subgraph.nodes) {
    const { id: _id, ...properties } = node.properties;
    lines.push(`MERGE (n${labelsOf(node.label)} {id: ${cypherString(node.id)}}) SET n += ${cypherMap(properties)};`);
  }
  for (const edge of subgraph.edges) {
    const { negated, ...properties } = storedEdgeProperties(edge.properties);
    const identity = negated === undefined ? "" : ` {negated: ${cypherLiteral(negated)}}`;
    lines.push(
      `MATCH (a${labelsOf(labelById.get(edge.source) ?? "")} {id: ${cypherString(edge.source)}}), (b${labelsOf(labelById.get(edge.target) ?? "")} {id: ${cypherString(edge.target)}}) ` +
        `MERGE (a)-[r:${edge.type}${identity}]->(b) SET r += ${cypherMap(properties)};`,
    );
  }
  return lines.join("\n") + "\n";
}

export const writeCypher: ExportWriter = (subgraph) => ({
  contentType: "application/x-cypher-query; charset=utf-8",
  extension: "cypher",
  body: writeCypherScript(subgraph),
});
