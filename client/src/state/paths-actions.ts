import { api } from "../api";
import { pathHighlight } from "../graph";
import type { ActionContext } from "./action-context";
import { pathsFailed, pathsFound, pathsSearched } from "./updates/paths";

/** Paths between the two chosen ends: fetched, merged in, settled and lit. */
export function createPathsActions({ graph, store, view, set, call, merge }: ActionContext) {
  async function findPaths(): Promise<void> {
    const { from, to } = store.get().paths;
    if (!from || !to) return;
    set(pathsSearched);
    const result = await call(() => api.paths(from.id, to.id, store.get().filters.includeRejected), {
      failed: (s, failure) => pathsFailed(s, from, to, failure.message),
    });
    if (!result) return;
    await view.settle(merge(result, from.id));
    const lit = pathHighlight(graph, result.paths);
    set((s) => pathsFound(s, from, to, result.paths.length, { nodes: [...lit.nodes], edges: [...lit.edges] }));
    if (lit.nodes.size > 0 && !store.get().restoring) view.centreOn([...lit.nodes]);
  }

  return { findPaths };
}
