import { encodePositions, type ExplorerGraph, type Position } from "../graph";
import type { AppState } from "./app-state";
import type { Store } from "./store";
import { encodeUrlState, type UrlState } from "./url-state";

/** Up to this many nodes a link carries every position (about 11 KB of fragment at the limit). */
export const MAX_LINK_POSITIONS = 2000;
const WRITE_DELAY_MS = 250;

/** The link of the current view: what a colleague opening it sees. */
export function currentLink(state: AppState, graph: ExplorerGraph): string {
  const positions = new Map<string, Position>();
  if (graph.order <= MAX_LINK_POSITIONS)
    graph.forEachNode((node, attrs) => positions.set(node, { x: attrs.x, y: attrs.y }));
  const link: UrlState = {
    focus: state.focus,
    filters: state.filters,
    colorMode: state.colorMode,
    sizeMetric: state.sizeMetric,
    query: state.cypher.result || state.cypher.error || state.cypher.fromLink ? state.cypher.query : null,
    hidden: state.hidden,
    selection: state.selection,
    pinned: state.pinned,
    expansions: state.expansionLog,
    path:
      state.paths.from && state.paths.to && state.paths.found !== null
        ? { from: state.paths.from.id, to: state.paths.to.id }
        : null,
    edge: state.edge?.id ?? null,
    camera: state.camera,
    positions: positions.size > 0 ? encodePositions(positions) : null,
  };
  return encodeUrlState(link);
}

const WATCHED: (keyof AppState)[] = [
  "focus",
  "filters",
  "colorMode",
  "sizeMetric",
  "hidden",
  "selection",
  "pinned",
  "expansionLog",
  "paths",
  "edge",
  "camera",
  "cypher",
  "graphVersion",
  "layoutRunning",
  "restoring",
];

/**
 * Mirrors the shareable view into the address bar (replaceState: no history spam), a moment after it
 * changes, never in the middle of a layout or while a link is being replayed. `flush` writes at once.
 */
export function syncUrl(store: Store<AppState>, graph: ExplorerGraph): { flush(): string; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const state = store.get();
    if (state.restoring || state.layoutRunning || state.connection.kind !== "ok") return;
    const link = currentLink(state, graph);
    if (link !== `${window.location.search}${window.location.hash}`)
      window.history.replaceState(null, "", `${window.location.pathname}${link}`);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (WATCHED.every((key) => state[key] === previous[key])) return;
    clearTimeout(timer);
    timer = setTimeout(write, WRITE_DELAY_MS);
  });
  return {
    flush() {
      clearTimeout(timer);
      write();
      return window.location.href;
    },
    stop() {
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
