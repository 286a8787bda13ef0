import { computeVisibility, neighbourhood, type ExplorerGraph, type Highlight, type Visibility } from "../graph";
import type { AppState } from "../state/app-state";
import type { ViewModel } from "./reducers";

/** Below this camera ratio (zoomed in about 3x) every edge between labelled nodes shows its relation type. */
export const EDGE_LABELS_BELOW_RATIO = 0.35;

export function zoomedIn(state: Pick<AppState, "camera">): boolean {
  return state.camera !== null && state.camera.ratio < EDGE_LABELS_BELOW_RATIO;
}

/**
 * Rebuilds the reducers' inputs when the state they depend on changes. Visibility is the costly part (a pass
 * over all edges) so it is cached until filters, hidden nodes or the graph's structure change.
 *
 * While a layout runs on a graph of more than `hideEdgesAbove` edges, it is drawn as a draft: no edges, as
 * sigma hides them while the view moves, and labels only on selected and emphasised nodes. Each step of the
 * layout shown is sigma re-reading the whole graph on the main thread; at 10k nodes / 30k edges in software
 * WebGL a redraw with edges took 2.2 s, without them 0.9 s, and sigma's label grid took about 10 ms of each
 * step (bench/explorer-bench.ts).
 */
export function createViewModelCache(graph: ExplorerGraph, hideEdgesAbove: number) {
  let visibility: Visibility | null = null;
  let visibilityKey: unknown[] = [];

  return function viewModel(state: AppState): ViewModel {
    const key = [state.filters, state.hidden, state.graphVersion];
    if (!visibility || key.some((k, i) => k !== visibilityKey[i])) {
      visibility = computeVisibility(graph, state.filters, new Set(state.hidden));
      visibilityKey = key;
    }
    return {
      visibility,
      emphasis: emphasis(graph, state),
      selection: new Set(state.selection),
      pinned: new Set(state.pinned),
      hoveredEdge: state.hoveredEdge?.id ?? null,
      openEdge: state.edge?.id ?? null,
      colorMode: state.colorMode,
      appearance: state.appearance,
      layoutDraft: state.layoutRunning && graph.size > hideEdgesAbove,
      edgeLabels: zoomedIn(state),
    };
  };
}

function emphasis(graph: ExplorerGraph, state: AppState): Highlight | null {
  if (state.hoveredNode && graph.hasNode(state.hoveredNode)) return neighbourhood(graph, state.hoveredNode);
  if (state.highlight) return { nodes: new Set(state.highlight.nodes), edges: new Set(state.highlight.edges) };
  return null;
}
