import type { ExplorerGraph } from "./types";

/** The nodes and edges that light up around a node on hover or focus. */
export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
}

export function neighbourhood(graph: ExplorerGraph, node: string): Highlight {
  const nodes = new Set<string>([node]);
  const edges = new Set<string>();
  if (!graph.hasNode(node)) return { nodes: new Set(), edges };
  graph.forEachEdge(node, (edge, _attrs, source, target) => {
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  return { nodes, edges };
}

/** The edges along each path (consecutive node ids), whichever direction the stored relation points. */
export function pathHighlight(graph: ExplorerGraph, paths: string[][]): Highlight {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const path of paths) {
    path.forEach((node, i) => {
      if (graph.hasNode(node)) nodes.add(node);
      const next = path[i + 1];
      if (next === undefined || !graph.hasNode(node) || !graph.hasNode(next)) return;
      for (const edge of graph.edges(node, next)) edges.add(edge);
      for (const edge of graph.edges(next, node)) edges.add(edge);
    });
  }
  return { nodes, edges };
}
