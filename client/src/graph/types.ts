import type { MultiDirectedGraph } from "graphology";
import type { NodeLabel, RelationCategory, RelationType } from "../../../domain";

/**
 * A node as the explorer keeps it. `label` is what sigma draws (the entity name); the domain label
 * (Actor, State, ...) lives in `nodeLabel` so the two never clash.
 */
export interface NodeAttributes {
  label: string;
  nodeLabel: NodeLabel;
  x: number;
  y: number;
  size: number;
  properties: Record<string, unknown>;
  /** Degree or PageRank, whichever sizes the nodes; kept to rank and to show in the panel. */
  centrality: number;
  community?: number;
  /** ForceAtlas2 leaves nodes with `fixed` where they are: that is what pinning means. */
  fixed?: boolean;
}

export interface EdgeAttributes {
  relation: RelationType;
  category: RelationCategory;
  properties: Record<string, unknown>;
  size: number;
  /** Bend applied by the curved-edge program when a pair of nodes has several relations; 0 draws straight. */
  curvature: number;
}

export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;
