import type { ExplorerGraph } from "./types";

const CURVATURE_STEP = 0.25;

/**
 * Distinct curvatures for edges that share a pair of nodes (in either direction), so several relations
 * between two entities fan out instead of drawing on top of each other. A lone edge stays straight (0).
 */
export function parallelEdgeCurvatures(graph: ExplorerGraph): Map<string, number> {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((edge, _attrs, source, target) => {
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = groups.get(key);
    if (group) group.push(edge);
    else groups.set(key, [edge]);
  });
  const curvatures = new Map<string, number>();
  for (const edges of groups.values()) {
    if (edges.length === 1) {
      curvatures.set(edges[0], 0);
      continue;
    }
    edges.sort();
    edges.forEach((edge, i) => {
      // Curvature is relative to the edge's own direction, so reversed edges already bend the other way;
      // alternate signs and grow the bend so three or more stay apart.
      const rank = Math.floor(i / 2) + 1;
      const sign = i % 2 === 0 ? 1 : -1;
      const [source] = graph.extremities(edge);
      const flip = source < graph.opposite(source, edge) ? 1 : -1;
      curvatures.set(edge, sign * flip * rank * CURVATURE_STEP);
    });
  }
  return curvatures;
}
