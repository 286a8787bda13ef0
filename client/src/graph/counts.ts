import type { NodeLabel, RelationType } from "../../../domain";
import type { ExplorerGraph } from "./types";

export interface LoadedCounts {
  labels: Partial<Record<NodeLabel, number>>;
  types: Partial<Record<RelationType, number>>;
}

/** Nodes per label and relations per type on the loaded graph: the counts beside each filter option. */
export function countLoaded(graph: ExplorerGraph): LoadedCounts {
  const labels: Partial<Record<NodeLabel, number>> = {};
  const types: Partial<Record<RelationType, number>> = {};
  graph.forEachNode((_, attrs) => {
    labels[attrs.nodeLabel] = (labels[attrs.nodeLabel] ?? 0) + 1;
  });
  graph.forEachEdge((_, attrs) => {
    types[attrs.relation] = (types[attrs.relation] ?? 0) + 1;
  });
  return { labels, types };
}
