import type { NodeLabel, RelationType } from "../../../domain";
import { NODE_LABELS, RELATION_TYPES } from "../../../domain";
import { asDate, overlapsRange } from "./dates";
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "./types";

/**
 * What the user chose to see. Labels, types, dates and degree are applied here on the loaded graph;
 * `source`, `article` and `includeRejected` decide what the server sends (the explorer does not hold every article link).
 */
export interface Filters {
  labels: NodeLabel[];
  types: RelationType[];
  minDegree: number;
  from?: string;
  to?: string;
  source?: string;
  article?: string;
  /** The time range judges Event nodes by their date. */
  timeEvents: boolean;
  /** The time range judges relations by when they were reported (first to last seen). */
  timeRelations: boolean;
  /** Whether events and relations without a date stay while a time range is set. */
  keepUndated: boolean;
  /** Relations an analyst rejected are shown too, marked (the server leaves them out otherwise). */
  includeRejected: boolean;
}

export const DEFAULT_FILTERS: Filters = {
  labels: [...NODE_LABELS],
  types: [...RELATION_TYPES],
  minDegree: 0,
  timeEvents: true,
  timeRelations: true,
  keepUndated: true,
  includeRejected: false,
};

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Nodes the user removed by hand stay out whatever the filters say. */
export function computeVisibility(
  graph: ExplorerGraph,
  filters: Filters,
  hidden: ReadonlySet<string> = new Set(),
): Visibility {
  const labels = new Set<string>(filters.labels);
  const types = new Set<string>(filters.types);
  const candidates = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (!hidden.has(node) && labels.has(attrs.nodeLabel) && nodeInDateRange(attrs, filters)) candidates.add(node);
  });

  const edges = new Set<string>();
  const degree = new Map<string, number>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (!candidates.has(source) || !candidates.has(target)) return;
    if (!types.has(attrs.relation) || !edgeInDateRange(attrs, filters)) return;
    edges.add(edge);
    if (source === target) return;
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  });

  if (filters.minDegree <= 0) return { nodes: candidates, edges };
  // Degree counts the relations still visible, so raising the threshold peels the periphery away.
  const nodes = new Set([...candidates].filter((n) => (degree.get(n) ?? 0) >= filters.minDegree));
  for (const edge of edges) {
    const [source, target] = graph.extremities(edge);
    if (!nodes.has(source) || !nodes.has(target)) edges.delete(edge);
  }
  return { nodes, edges };
}

/** The span a relation was reported over: first to last seen, else its own date. */
export function relationSpan(properties: Record<string, unknown>): [string, string] | null {
  const first = asDate(properties.firstSeen) ?? asDate(properties.date);
  const last = asDate(properties.lastSeen) ?? first;
  return first && last ? [first, last] : null;
}

/**
 * Only events carry a date among entities; people, groups, states and places have none and always stay,
 * so the structure does not vanish. Undated events stay or go as the user chose.
 */
function nodeInDateRange(attrs: NodeAttributes, filters: Filters): boolean {
  if ((!filters.from && !filters.to) || !filters.timeEvents || attrs.nodeLabel !== "Event") return true;
  const date = asDate(attrs.properties.date);
  if (!date) return filters.keepUndated;
  return overlapsRange(date, date, filters.from, filters.to);
}

function edgeInDateRange(attrs: EdgeAttributes, filters: Filters): boolean {
  if ((!filters.from && !filters.to) || !filters.timeRelations) return true;
  const span = relationSpan(attrs.properties);
  if (!span) return filters.keepUndated;
  return overlapsRange(span[0], span[1], filters.from, filters.to);
}
