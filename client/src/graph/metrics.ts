import louvain from "graphology-communities-louvain";
import pagerank from "graphology-metrics/centrality/pagerank";
import type { ExplorerGraph } from "./types";

export type SizeMetric = "degree" | "pagerank";

/** Each node's degree or PageRank, whichever sizes the nodes. */
export function centralityScores(graph: ExplorerGraph, metric: SizeMetric): Map<string, number> {
  if (metric === "pagerank" && graph.size > 0) return new Map(Object.entries(pagerank(graph, { getEdgeWeight: null })));
  const scores = new Map<string, number>();
  graph.forEachNode((node) => scores.set(node, graph.degreeWithoutSelfLoops(node)));
  return scores;
}

/**
 * Louvain on the undirected view of the graph. Each node gets its community's rank by size (0 = the largest,
 * ties by the smallest member id), so colours and the legend follow size, not Louvain's arbitrary numbering.
 */
export function rankCommunities(graph: ExplorerGraph): Map<string, number> {
  if (graph.size === 0) return new Map(graph.mapNodes((node) => [node, 0]));
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
  return new Map(graph.mapNodes((node) => [node, rank.get(details.communities[node])!]));
}

export interface CommunitySummary {
  community: number;
  size: number;
  /** The most central members' names, to tell communities apart in the legend. */
  examples: string[];
}

/** Communities (as ranked by rankCommunities) with their size and best-connected members, largest first. */
export function summariseCommunities(
  graph: ExplorerGraph,
  communities: ReadonlyMap<string, number>,
  centrality: ReadonlyMap<string, number>,
  visible?: ReadonlySet<string>,
): CommunitySummary[] {
  const byCommunity = new Map<number, { node: string; name: string; centrality: number }[]>();
  graph.forEachNode((node, attrs) => {
    const community = communities.get(node);
    if (community === undefined || (visible && !visible.has(node))) return;
    const list = byCommunity.get(community) ?? [];
    list.push({ node, name: attrs.label, centrality: centrality.get(node) ?? 0 });
    byCommunity.set(community, list);
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
