import type { GraphEdge } from "../../../domain";
import { centralityScores, rankCommunities, type SizeMetric } from "./metrics";
import { parallelEdgeCurvatures } from "./parallel-edges";
import { scaleSize, type ColorMode } from "./styling";
import type { ExplorerGraph } from "./types";

/**
 * How the graph is drawn, kept apart from the data graph (which holds only what the server sent, and the
 * layout's positions): computed from the data graph and the view options, read by the reducers, the legend
 * and the layout's overlap removal, as Gephi Lite keeps its appearance beside its data.
 */
export interface Appearance {
  /** Degree or PageRank, whichever sizes the nodes; kept to rank community members. */
  centrality: ReadonlyMap<string, number>;
  nodeSize: ReadonlyMap<string, number>;
  /** Each node's community rank by size; computed only once colouring by community asks for it. */
  community: ReadonlyMap<string, number> | null;
  edgeSize: ReadonlyMap<string, number>;
  /** Bend of the curved-edge program when a pair of nodes has several relations; 0 draws straight. */
  curvature: ReadonlyMap<string, number>;
}

export interface AppearanceOptions {
  sizeMetric: SizeMetric;
  colorMode: ColorMode;
}

/** The size of a node the appearance has not been computed for yet. */
export const DEFAULT_NODE_SIZE = 4;

export const EMPTY_APPEARANCE: Appearance = {
  centrality: new Map(),
  nodeSize: new Map(),
  community: null,
  edgeSize: new Map(),
  curvature: new Map(),
};

export function computeAppearance(graph: ExplorerGraph, options: AppearanceOptions): Appearance {
  return {
    ...nodeSizes(graph, options.sizeMetric),
    community: options.colorMode === "community" ? rankCommunities(graph) : null,
    edgeSize: new Map(graph.mapEdges((edge, attrs) => [edge, edgeThickness(attrs)])),
    curvature: parallelEdgeCurvatures(graph),
  };
}

/** The same appearance with nodes sized by another metric. */
export function sizedBy(appearance: Appearance, graph: ExplorerGraph, metric: SizeMetric): Appearance {
  return { ...appearance, ...nodeSizes(graph, metric) };
}

/** The same appearance for another colour mode: communities are found the first time they are asked for. */
export function colouredBy(appearance: Appearance, graph: ExplorerGraph, mode: ColorMode): Appearance {
  if (mode !== "community" || appearance.community) return appearance;
  return { ...appearance, community: rankCommunities(graph) };
}

/** Square-root scaling of each node's centrality (styling.scaleSize) against the largest. */
function nodeSizes(graph: ExplorerGraph, metric: SizeMetric): Pick<Appearance, "centrality" | "nodeSize"> {
  const centrality = centralityScores(graph, metric);
  let max = 0;
  for (const value of centrality.values()) max = Math.max(max, value);
  const nodeSize = new Map<string, number>();
  for (const [node, value] of centrality) nodeSize.set(node, scaleSize(value, max));
  return { centrality, nodeSize };
}

/** Thicker for relations reported by more articles, with a cap so hubs do not turn into blots. */
export function edgeThickness(edge: Pick<GraphEdge, "properties">): number {
  return Math.min(1.5 + Math.log2(Math.max(1, edge.properties.count ?? 1)), 6);
}

export function nodeSizeOf(appearance: Appearance, node: string): number {
  return appearance.nodeSize.get(node) ?? DEFAULT_NODE_SIZE;
}

export function edgeSizeOf(appearance: Appearance, edge: string): number {
  return appearance.edgeSize.get(edge) ?? edgeThickness({ properties: {} });
}

export function curvatureOf(appearance: Appearance, edge: string): number {
  return appearance.curvature.get(edge) ?? 0;
}
