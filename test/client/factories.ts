import type { GraphEdge, GraphNode, GraphPayload, NodeLabel, RelationType } from "../../domain";
import { relationKey } from "../../domain";

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
