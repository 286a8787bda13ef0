import louvain from "graphology-communities-louvain";
import pagerank from "graphology-metrics/centrality/pagerank";
import { scaleSize } from "./styling";
import type { ExplorerGraph } from "./types";

export type SizeMetric = "degree" | "pagerank";

/** Stores the chosen centrality on each node and derives its size from it. */
export function applyCentrality(graph: ExplorerGraph, metric: SizeMetric): void {
  if (graph.order === 0) return;
  const scores: Record<string, number> =
    metric === "pagerank" && graph.size > 0 ? pagerank(graph, { getEdgeWeight: null }) : degrees(graph);
  let max = 0;
  for (const value of Object.values(scores)) max = Math.max(max, value);
  graph.updateEachNodeAttributes((node, attrs) => {
    const centrality = scores[node] ?? 0;
    return { ...attrs, centrality, size: scaleSize(centrality, max) };
  });
}

function degrees(graph: ExplorerGraph): Record<string, number> {
  const out: Record<string, number> = {};
  graph.forEachNode((node) => {
    out[node] = graph.degreeWithoutSelfLoops(node);
  });
  return out;
}

/** Louvain on the undirected view of the graph; each node gets a `community` number for colouring. */
export function applyCommunities(graph: ExplorerGraph): number {
  if (graph.size === 0) {
    graph.updateEachNodeAttributes((_, attrs) => ({ ...attrs, community: 0 }));
    return graph.order > 0 ? 1 : 0;
  }
  const details = louvain.detailed(graph, { getEdgeWeight: null, randomWalk: false });
  graph.updateEachNodeAttributes((node, attrs) => ({ ...attrs, community: details.communities[node] }));
  return details.count;
}
