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

/**
 * Louvain on the undirected view of the graph. Each node gets `community`: its community's rank by size
 * (0 = the largest, ties by the smallest member id), so colours and the legend follow size, not Louvain's
 * arbitrary numbering. Returns the number of communities.
 */
export function applyCommunities(graph: ExplorerGraph): number {
  if (graph.size === 0) {
    graph.updateEachNodeAttributes((_, attrs) => ({ ...attrs, community: 0 }));
    return graph.order > 0 ? 1 : 0;
  }
  const details = louvain.detailed(graph, { getEdgeWeight: null, randomWalk: false });
  const members = new Map<number, string[]>();
  for (const [node, community] of Object.entries(details.communities)) {
    const list = members.get(community);
    if (list) list.push(node);
    else members.set(community, [node]);
  }
  const ranked = [...members.entries()]
    .map(([community, nodes]) => ({ community, size: nodes.length, first: nodes.reduce((a, b) => (a < b ? a : b)) }))
    .sort((a, b) => b.size - a.size || (a.first < b.first ? -1 : 1));
  const rank = new Map(ranked.map((c, i) => [c.community, i]));
  graph.updateEachNodeAttributes((node, attrs) => ({ ...attrs, community: rank.get(details.communities[node]) }));
  return details.count;
}

export interface CommunitySummary {
  community: number;
  size: number;
  /** The most central members' names, to tell communities apart in the legend. */
  examples: string[];
}

/** Communities (as numbered by applyCommunities) with their size and best-connected members, largest first. */
export function summariseCommunities(graph: ExplorerGraph, visible?: ReadonlySet<string>): CommunitySummary[] {
  const byCommunity = new Map<number, { node: string; name: string; centrality: number }[]>();
  graph.forEachNode((node, attrs) => {
    if (attrs.community === undefined || (visible && !visible.has(node))) return;
    const list = byCommunity.get(attrs.community) ?? [];
    list.push({ node, name: attrs.label, centrality: attrs.centrality });
    byCommunity.set(attrs.community, list);
  });
  return [...byCommunity.entries()]
    .map(([community, list]) => ({
      community,
      size: list.length,
      examples: list
        .sort((a, b) => b.centrality - a.centrality || (a.node < b.node ? -1 : 1))
        .slice(0, 3)
        .map((m) => m.name),
    }))
    .sort((a, b) => a.community - b.community);
}
