import Graph from "graphology";
import { GraphEdge, GraphNode, GraphPayload } from "../../domain";

export interface ExportFile {
  contentType: string;
  extension: string;
  body: string | Uint8Array;
}

export type ExportWriter = (subgraph: GraphPayload) => ExportFile;

/*
 * How nodes and edges map onto graphology attributes, for every format built on graphology: `label` is
 * what Gephi and sigma display (the name; the relation type), `nodeLabel`/`relation` keep the domain's
 * label and type, and every stored property follows under its own name.
 */
export const NODE_LABEL_ATTRIBUTE = "nodeLabel";
export const RELATION_ATTRIBUTE = "relation";

export function toGraphology(subgraph: GraphPayload): Graph {
  const graph = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  for (const node of subgraph.nodes) {
    const { id: _id, ...properties } = node.properties;
    graph.addNode(node.id, { ...properties, label: node.name, [NODE_LABEL_ATTRIBUTE]: node.label });
  }
  for (const edge of subgraph.edges) {
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      ...edge.properties,
      label: edge.type,
      [RELATION_ATTRIBUTE]: edge.type,
    });
  }
  return graph;
}

/** The inverse of toGraphology, used to read exports back (tests, and any future import). */
export function fromGraphology(graph: Graph): GraphPayload {
  const nodes: GraphNode[] = graph.mapNodes((id, attributes) => {
    const { label, [NODE_LABEL_ATTRIBUTE]: nodeLabel, ...properties } = attributes;
    return { id, label: nodeLabel, name: label, properties: { id, ...properties } } as GraphNode;
  });
  const edges: GraphEdge[] = graph.mapEdges((id, attributes, source, target) => {
    const { label: _label, [RELATION_ATTRIBUTE]: type, ...properties } = attributes;
    return { id, source, target, type, properties } as GraphEdge;
  });
  return { nodes, edges };
}

/*
 * XML parsers treat NEL and the Unicode line/paragraph separators as line ends and turn them into spaces
 * inside attributes; in JSON text they can travel escaped.
 */
const XML_LINE_ENDS = /[\u0085\u2028\u2029]/g;

export function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(XML_LINE_ENDS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Lists as JSON text, for formats whose list support is missing or lossy (GraphML, CSV, GEXF string lists). */
export function encodeLists(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).map(([k, v]) => [k, Array.isArray(v) || (v && typeof v === "object") ? jsonText(v) : v]),
  );
}
