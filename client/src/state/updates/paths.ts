import type { AppState, PathEnd } from "../app-state";

/** A new end forgets what was found between the old ones. */
export function pathEndChosen(state: AppState, end: "from" | "to", id: string, name: string): AppState {
  return { ...state, paths: { ...state.paths, [end]: { id, name }, found: null, error: null } };
}

export function pathsSearched(state: AppState): AppState {
  return { ...state, paths: { ...state.paths, running: true, found: null, error: null } };
}

/** The paths found are lit; none found clears the highlight. */
export function pathsFound(
  state: AppState,
  from: PathEnd,
  to: PathEnd,
  found: number,
  lit: { nodes: string[]; edges: string[] },
): AppState {
  return {
    ...state,
    paths: { from, to, running: false, found, error: null },
    highlight: found > 0 ? { nodes: lit.nodes, edges: lit.edges, reason: "paths" } : null,
  };
}

export function pathsFailed(state: AppState, from: PathEnd, to: PathEnd, message: string): AppState {
  return { ...state, paths: { from, to, running: false, found: null, error: message } };
}
