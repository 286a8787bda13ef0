import type { DecisionOf, GraphEdge, GraphNode, GraphPayload, NodeLabel, RelationType } from "../../domain";
import { relationKey } from "../../domain";
import { computeAppearance, computeVisibility, DEFAULT_FILTERS, type ExplorerGraph } from "../../client/src/graph";
import type { ViewModel } from "../../client/src/rendering/reducers";

export function node(id: string, label: NodeLabel = "Actor", properties: Record<string, unknown> = {}): GraphNode {
  return { id, label, name: id.toUpperCase(), properties };
}

export function edge(
  source: string,
  type: RelationType,
  target: string,
  properties: Record<string, unknown> = {},
): GraphEdge {
  return { id: relationKey({ source, type, target }), source, target, type, properties: { count: 1, ...properties } };
}

export function payload(nodes: GraphNode[], edges: GraphEdge[] = []): GraphPayload {
  return { nodes, edges };
}

/** A deterministic stand-in for Math.random. */
export function seeded(seed = 1): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

/** The view of a graph with nothing selected, hovered or filtered, as the reducers get it. */
export function restingView(graph: ExplorerGraph, patch: Partial<ViewModel> = {}): ViewModel {
  return {
    visibility: computeVisibility(graph, DEFAULT_FILTERS),
    emphasis: null,
    selection: new Set(),
    pinned: new Set(),
    hoveredEdge: null,
    openEdge: null,
    colorMode: "label",
    appearance: computeAppearance(graph, { sizeMetric: "degree", colorMode: "label" }),
    layoutDraft: false,
    edgeLabels: false,
    ...patch,
  };
}

/** Who made a test decision, and when. */
export const DECISION_STAMP = { author: "Ana", note: "", at: "2026-12-02T06:00:00.000Z" };

/** Entity b merged into a. */
export const MERGE_B_INTO_A: DecisionOf<"merge"> = {
  kind: "merge",
  id: "m1",
  from: "b",
  into: "a",
  intoName: "A",
  intoLabel: "State",
  fromName: "B",
  ...DECISION_STAMP,
};
