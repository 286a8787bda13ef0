import type { MultiDirectedGraph } from "graphology";
import type { GraphEdge, NodeLabel, RelationCategory, RelationType } from "../../../domain";

/**
 * A node as the explorer keeps it: what the server sent, and where the layout put it. How it is drawn (size,
 * colour) is the appearance's (appearance.ts). `label` is what sigma draws (the entity name); the domain
 * label (Actor, State, ...) lives in `nodeLabel` so the two never clash.
 */
export interface NodeAttributes {
  label: string;
  nodeLabel: NodeLabel;
  x: number;
  y: number;
  properties: Record<string, unknown>;
  /** ForceAtlas2 leaves nodes with `fixed` where they are: that is what pinning means. */
  fixed?: boolean;
}

export interface EdgeAttributes {
  relation: RelationType;
  category: RelationCategory;
  properties: GraphEdge["properties"];
}

export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;
