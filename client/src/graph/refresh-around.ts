import type { GraphPayload } from "../../../domain";
import { mergePayload } from "./merge-payload";
import type { ExplorerGraph } from "./types";

/**
 * Brings the graph up to date around entities a correction changed, from their neighbours as the server
 * now has them: the entities themselves and the nodes already shown get the fresh names, labels and
 * properties; relations between shown nodes are added or updated; relations of those entities the server
 * no longer has (merged away, rejected) go, as long as the payload holds all their neighbours (a payload
 * with `more` cannot tell a relation gone from one beyond the page). Nothing else joins the view, so a
 * correction does not grow it.
 */
export function refreshAround(
  graph: ExplorerGraph,
  centres: readonly string[],
  payload: GraphPayload,
): { addedNodes: string[]; removedEdges: string[] } {
  const wanted = new Set(centres);
  const kept: GraphPayload = {
    nodes: payload.nodes.filter((n) => graph.hasNode(n.id) || wanted.has(n.id)),
    edges: payload.edges,
  };
  const { addedNodes } = mergePayload(graph, kept, { anchor: centres.find((id) => graph.hasNode(id)) });
  if ((payload.more ?? 0) > 0) return { addedNodes, removedEdges: [] };
  const current = new Set(payload.edges.map((e) => e.id));
  const removedEdges: string[] = [];
  for (const centre of centres) {
    if (!graph.hasNode(centre)) continue;
    graph.forEachEdge(centre, (edge) => {
      if (!current.has(edge)) removedEdges.push(edge);
    });
  }
  for (const edge of new Set(removedEdges)) graph.dropEdge(edge);
  return { addedNodes, removedEdges: [...new Set(removedEdges)] };
}
