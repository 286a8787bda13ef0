import type { NodeLabel, RelationCategory, RelationType } from "../../../domain";
import { RELATION_CATEGORY } from "../../../domain";

/** Colours chosen to stay apart on the dark background and for common colour-vision deficiencies. */
export const LABEL_COLORS: Record<NodeLabel, string> = {
  Actor: "#f5a524",
  Group: "#5b9dff",
  State: "#2fc7a0",
  Event: "#f06292",
  Place: "#a98bff",
  Article: "#98a2b3",
};

/** Green for cooperation and red for conflict, the distinction the issue asks to read at a glance. */
export const CATEGORY_COLORS: Record<RelationCategory, string> = {
  cooperation: "#34c77b",
  conflict: "#ff5a52",
  structure: "#7d8aa3",
  event: "#d4b14a",
  provenance: "#4d5566",
};

export const CATEGORY_LABELS: Record<RelationCategory, string> = {
  cooperation: "cooperation",
  conflict: "conflict",
  structure: "structure",
  event: "event",
  provenance: "mentioned in",
};

export const COMMUNITY_PALETTE = [
  "#5b9dff", "#f5a524", "#2fc7a0", "#f06292", "#a98bff", "#ff7a45",
  "#8bd346", "#36cfc9", "#ffd666", "#d3adf7", "#ff9c6e", "#95de64",
];

export const DIMMED_NODE_COLOR = "#2b313c";
export const DIMMED_EDGE_COLOR = "#232833";
export const HIGHLIGHT_EDGE_COLOR = "#ffffff";

export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 18;

export type ColorMode = "label" | "community";

export function nodeColor(attrs: { nodeLabel: NodeLabel; community?: number }, mode: ColorMode): string {
  if (mode === "community" && attrs.community !== undefined) {
    return COMMUNITY_PALETTE[attrs.community % COMMUNITY_PALETTE.length];
  }
  return LABEL_COLORS[attrs.nodeLabel] ?? LABEL_COLORS.Article;
}

export function edgeColor(relation: RelationType): string {
  return CATEGORY_COLORS[RELATION_CATEGORY[relation]];
}

/** Square-root scaling: area grows with centrality, so hubs stand out without hiding their neighbours. */
export function scaleSize(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return MIN_NODE_SIZE;
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(Math.min(value, max) / max);
}

/** "NEGOTIATED_WITH" → "negotiated with": the exact type, readable in tooltips and panels. */
export function relationLabel(relation: RelationType): string {
  return relation.toLowerCase().replace(/_/g, " ");
}
