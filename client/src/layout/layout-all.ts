import forceAtlas2 from "graphology-layout-forceatlas2";
import type { ExplorerGraph } from "../graph";
import { layoutSettings } from "./layout";

/**
 * A quick synchronous pass before the first frame on small graphs, so the overview appears already
 * untangled; the worker then refines it. Large graphs skip this to keep the page responsive.
 */
export function preLayout(graph: ExplorerGraph): void {
  if (graph.order === 0 || graph.order > 1500) return;
  forceAtlas2.assign(graph, { iterations: 150, settings: layoutSettings(graph), getEdgeWeight: null });
}
