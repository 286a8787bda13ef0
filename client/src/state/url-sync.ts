import type { AppState } from "./app-state";
import type { Store } from "./store";
import { encodeUrlState } from "./url-state";

/** Mirrors the shareable part of the state into the address bar (replaceState: no history spam). */
export function syncUrl(store: Store<AppState>): () => void {
  return store.subscribe((state, previous) => {
    if (
      state.focus === previous.focus &&
      state.filters === previous.filters &&
      state.colorMode === previous.colorMode &&
      state.cypher.result === previous.cypher.result &&
      state.cypher.error === previous.cypher.error
    )
      return;
    const search = encodeUrlState({
      focus: state.focus,
      filters: state.filters,
      colorMode: state.colorMode,
      query: state.cypher.result || state.cypher.error ? state.cypher.query : null,
    });
    if (search !== window.location.search) window.history.replaceState(null, "", `${window.location.pathname}${search}`);
  });
}
