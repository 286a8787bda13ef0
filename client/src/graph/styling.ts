import type { NodeLabel, RelationCategory, RelationType } from "../../../domain";

/** Colours chosen to stay apart on the dark background and for common colour-vision deficiencies. */
export const LABEL_COLORS: Record<NodeLabel, string> = {
  Actor: "#f5a524",
  Group: "#5b9dff",
  State: "#2fc7a0",
  Event: "#f06292",
  Place: "#a98bff",
  Article: "#98a2b3",
};

/** What the domain labels are called on screen. */
export const LABEL_NAMES: Record<NodeLabel, string> = {
  Actor: "Actor (person)",
  Group: "Group",
  State: "State",
  Event: "Event",
  Place: "Place",
  Article: "Article",
};

/** Green for cooperation and red for conflict, the distinction the issue asks to read at a glance. */
export const CATEGORY_COLORS: Record<RelationCategory, string> = {
  cooperation: "#34c77b",
  conflict: "#ff5a52",
  structure: "#7d8aa3",
  event: "#d4b14a",
  provenance: "#4d5566",
};

/**
 * One shade per relation type inside its category's hue, so the category still reads at a glance and the
 * legend's per-type key tells the types apart.
 */
export const RELATION_COLORS: Record<RelationType, string> = {
  BACKS: "#34c77b",
  NEGOTIATED_WITH: "#86e3ad",
  MEDIATED: "#1f9d5c",
  AGREED_WITH: "#b4e06a",
  SIGNED: "#5fd3b8",
  ALLIED_WITH: "#2e8f6e",
  REQUESTED: "#c4f2d3",
  ATTACKED: "#ff5a52",
  ACCUSED: "#ff9a76",
  DEMANDED: "#e0785e",
  THREATENED: "#ff3d77",
  SANCTIONED: "#c23b3b",
  OPPOSES: "#ff8fb7",
  WITHDREW_FROM: "#d9925f",
  LEADS: "#a8b5d1",
  MEMBER_OF: "#7d8aa3",
  PART_OF: "#5c6884",
  PARTICIPATED_IN: "#d4b14a",
  OCCURRED_IN: "#a8862c",
  MENTIONED_IN: "#4d5566",
};

export const CATEGORY_LABELS: Record<RelationCategory, string> = {
  cooperation: "cooperation",
  conflict: "conflict",
  structure: "structure",
  event: "event",
  provenance: "mentioned in",
};

/**
 * Community colours share no colour with the entity types (so a community is never read as a type), and the
 * largest communities get them in order of size; the rest share OTHER_COMMUNITY_COLOR.
 */
export const COMMUNITY_PALETTE = [
  "#e8e36b",
  "#ff7f50",
  "#3fd0e0",
  "#d36bd8",
  "#8fd14f",
  "#7aa2d6",
  "#c9a46b",
  "#b0e0ff",
  "#ffb3d9",
  "#9b8f5e",
  "#c2f970",
];
export const OTHER_COMMUNITY_COLOR = "#6b7280";

export const DIMMED_NODE_COLOR = "#2b313c";
export const DIMMED_EDGE_COLOR = "#232833";
export const HIGHLIGHT_EDGE_COLOR = "#ffffff";
/** A relation an analyst rejected, shown only on request: grey whatever its type, thin, its label marked. */
export const REJECTED_EDGE_COLOR = "#8a8f98";

export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 18;

export type ColorMode = "label" | "community";

/** `community` is the community's rank by size (0 = largest), as rankCommunities numbers them. */
export function communityColor(community: number): string {
  return COMMUNITY_PALETTE[community] ?? OTHER_COMMUNITY_COLOR;
}

export function nodeColor(nodeLabel: NodeLabel, community: number | undefined, mode: ColorMode): string {
  if (mode === "community" && community !== undefined) return communityColor(community);
  return LABEL_COLORS[nodeLabel] ?? LABEL_COLORS.Article;
}

export function edgeColor(relation: RelationType): string {
  return RELATION_COLORS[relation];
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

/** Long event names ("Talks between X and Y in Z on ...") cut to what fits beside a node. */
export const MAX_EVENT_LABEL = 28;

export function displayName(name: string, label: NodeLabel): string {
  if (label !== "Event" || name.length <= MAX_EVENT_LABEL) return name;
  const cut = name.slice(0, MAX_EVENT_LABEL);
  const space = cut.lastIndexOf(" ");
  return `${(space > MAX_EVENT_LABEL / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, "")}…`;
}
