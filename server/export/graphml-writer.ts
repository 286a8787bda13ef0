import { GraphPayload } from "../../domain";
import { NODE_LABEL_ATTRIBUTE, RELATION_ATTRIBUTE, encodeLists } from "./export-model";

/*
 * graphology-graphml only parses, so this writes GraphML itself: one <key> per attribute name and element
 * kind with the narrowest GraphML type that holds every value (boolean, int, long, double, else string);
 * lists and maps as JSON text.
 */

type GraphmlType = "boolean" | "int" | "long" | "double" | "string";

const INT32 = 2 ** 31;

function typeOf(value: unknown): GraphmlType {
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") {
    if (!Number.isInteger(value)) return "double";
    return Math.abs(value) < INT32 ? "int" : "long";
  }
  return "string";
}

const WIDER: Record<GraphmlType, GraphmlType[]> = {
  boolean: ["boolean"],
  int: ["int", "long", "double"],
  long: ["long", "double"],
  double: ["double"],
  string: ["string"],
};

function unify(a: GraphmlType | undefined, b: GraphmlType): GraphmlType {
  if (!a || a === b) return b;
  if (WIDER[a].includes(b)) return b;
  if (WIDER[b].includes(a)) return a;
  return "string";
}

/**
 * XML 1.0 cannot carry most control characters, even escaped; they are dropped. Tabs and line breaks
 * (including NEL and U+2028/2029) become character references, since parsers normalise them otherwise.
 */
// eslint-disable-next-line no-control-regex -- the allowed control characters are named to exclude the others
const INVALID_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/[\t\n\r\u0085\u2028\u2029]/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface Element {
  id: string;
  attributes: Record<string, unknown>;
  source?: string;
  target?: string;
}

class KeyTable {
  private readonly types = new Map<string, GraphmlType>();
  private readonly ids = new Map<string, string>();

  constructor(private readonly prefix: string) {}

  observe(attributes: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null || value === undefined) continue;
      this.types.set(name, unify(this.types.get(name), typeOf(value)));
      if (!this.ids.has(name)) this.ids.set(name, `${this.prefix}${this.ids.size}`);
    }
  }

  id(name: string): string {
    return this.ids.get(name) as string;
  }

  type(name: string): GraphmlType {
    return this.types.get(name) as GraphmlType;
  }

  declarations(kind: "node" | "edge"): string[] {
    return [...this.ids].map(
      ([name, id]) => `  <key id="${id}" for="${kind}" attr.name="${escapeXml(name)}" attr.type="${this.type(name)}"/>`,
    );
  }
}

function dataLines(table: KeyTable, attributes: Record<string, unknown>): string[] {
  return Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => `      <data key="${table.id(name)}">${escapeXml(String(value))}</data>`);
}

export function writeGraphml(subgraph: GraphPayload): string {
  const nodes: Element[] = subgraph.nodes.map((n) => {
    const { id: _id, ...properties } = n.properties;
    return { id: n.id, attributes: encodeLists({ label: n.name, [NODE_LABEL_ATTRIBUTE]: n.label, ...properties }) };
  });
  const edges: Element[] = subgraph.edges.map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    attributes: encodeLists({ label: e.type, [RELATION_ATTRIBUTE]: e.type, ...e.properties }),
  }));
  const nodeKeys = new KeyTable("n");
  const edgeKeys = new KeyTable("e");
  nodes.forEach((n) => nodeKeys.observe(n.attributes));
  edges.forEach((e) => edgeKeys.observe(e.attributes));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.declarations("node"),
    ...edgeKeys.declarations("edge"),
    '  <graph id="newsgraph" edgedefault="directed">',
  ];
  for (const node of nodes)
    lines.push(`    <node id="${escapeXml(node.id)}">`, ...dataLines(nodeKeys, node.attributes), "    </node>");
  for (const edge of edges) {
    lines.push(
      `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source as string)}" target="${escapeXml(edge.target as string)}">`,
      ...dataLines(edgeKeys, edge.attributes),
      "    </edge>",
    );
  }
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
