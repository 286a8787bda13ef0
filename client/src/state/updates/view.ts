import { colouredBy, neighbourhood, sizedBy, type ColorMode, type ExplorerGraph, type SizeMetric } from "../../graph";
import type { AppState, HighlightReason } from "../app-state";
import type { CameraState } from "../url-state";

/** The node and its relations, lit, with a reason the panels can tell apart. */
export function litAround(state: AppState, graph: ExplorerGraph, id: string, reason: HighlightReason): AppState {
  const around = neighbourhood(graph, id);
  return { ...state, highlight: { nodes: [...around.nodes], edges: [...around.edges], reason } };
}

/** Lights a focused node's neighbourhood, unless the node lies on the paths found, which stay lit. */
export function focusLit(state: AppState, graph: ExplorerGraph, id: string, reason: HighlightReason): AppState {
  const onPaths = state.highlight?.reason === "paths" && state.highlight.nodes.includes(id);
  return onPaths ? state : litAround(state, graph, id, reason);
}

export function lit(state: AppState, nodes: string[], edges: string[], reason: HighlightReason): AppState {
  return { ...state, highlight: { nodes, edges, reason } };
}

export function unlit(state: AppState): AppState {
  return { ...state, highlight: null };
}

export function colouredByMode(state: AppState, graph: ExplorerGraph, colorMode: ColorMode): AppState {
  return { ...state, colorMode, appearance: colouredBy(state.appearance, graph, colorMode) };
}

export function sizedByMetric(state: AppState, graph: ExplorerGraph, sizeMetric: SizeMetric): AppState {
  return { ...state, sizeMetric, appearance: sizedBy(state.appearance, graph, sizeMetric) };
}

/** The same camera reported again leaves the state as it is, so the link is not rewritten. */
export function cameraMoved(state: AppState, camera: CameraState): AppState {
  const previous = state.camera;
  if (previous && previous.x === camera.x && previous.y === camera.y && previous.ratio === camera.ratio) return state;
  return { ...state, camera };
}

export function selectModeChosen(state: AppState, selectMode: AppState["selectMode"]): AppState {
  return { ...state, selectMode };
}

export function sidebarToggled(state: AppState, open = !state.sidebarOpen): AppState {
  return { ...state, sidebarOpen: open };
}
