import { api } from "../api";
import type { ColorMode, ExplorerGraph, SizeMetric } from "../graph";
import { createActionContext, type ViewPort } from "./action-context";
import type { AppState } from "./app-state";
import { createCorrectionsActions } from "./corrections-actions";
import { createCypherActions } from "./cypher-actions";
import { createGraphActions } from "./graph-actions";
import { createInspectorActions } from "./inspector-actions";
import { createPathsActions } from "./paths-actions";
import { NO_STORAGE, readHistory, type KeyValueStorage } from "./saved-views";
import type { Store } from "./store";
import { historyLoaded } from "./updates/console";
import { entityClosed, panelFolded, topClosed } from "./updates/inspector";
import { pathEndChosen } from "./updates/paths";
import { hidden, pinned, selected, selectionHidden, toggledSelect } from "./updates/selection";
import { notified } from "./updates/status";
import { cameraMoved, colouredByMode, selectModeChosen, sidebarToggled, sizedByMetric, unlit } from "./updates/view";
import { createUploadActions } from "./upload-actions";
import type { CameraState } from "./url-state";

export type { ViewPort } from "./action-context";
export { EXPAND_PAGE } from "./graph-actions";

/** How often the explorer checks again while the server or Neo4j is down. */
export const HEALTH_RETRY_MS = 15000;

export type Actions = ReturnType<typeof createActions>;

/**
 * Every action the panels and the view may call. Those that talk to the server live in one module per area
 * (graph, inspector, paths, cypher, upload, corrections); the rest apply an update from updates/ and, for pins, tell the
 * layout through the data graph.
 */
export function createActions(
  graph: ExplorerGraph,
  store: Store<AppState>,
  view: ViewPort,
  storage: KeyValueStorage = NO_STORAGE,
) {
  const context = createActionContext(graph, store, view, storage);
  const { set } = context;
  set((s) => historyLoaded(s, readHistory(storage)));
  const { ensureNode, ...graphActions } = createGraphActions(context);
  const inspectorActions = createInspectorActions(context, ensureNode);

  /** ForceAtlas2 leaves nodes with `fixed` where they are: a pin is that flag on the data graph, and a list in the state. */
  function togglePin(id: string, pin = !store.get().pinned.includes(id)): void {
    if (!graph.hasNode(id)) return;
    graph.setNodeAttribute(id, "fixed", pin);
    set((s) => pinned(s, id, pin));
  }

  /** Escape: false when nothing was open to close. */
  function closeTop(): boolean {
    const before = store.get();
    set(topClosed);
    return store.get() !== before;
  }

  return {
    ...graphActions,
    ...inspectorActions,
    ...createPathsActions(context),
    ...createCorrectionsActions(context, { ...inspectorActions, loadOverview: graphActions.loadOverview }),
    ...createCypherActions(context),
    ...createUploadActions(context),
    closeEntity: () => set(entityClosed),
    hide: (id: string) => set((s) => hidden(s, id)),
    hideSelection: () => set(selectionHidden),
    showAll: () => set({ hidden: [] }),
    togglePin,
    toggleSelect: (id: string, additive: boolean) => set((s) => toggledSelect(s, id, additive)),
    setSelection: (ids: string[], additive: boolean) => set((s) => selected(s, ids, additive)),
    clearSelection: () => set({ selection: [] }),
    clearHighlight: () => set(unlit),
    setColorMode: (colorMode: ColorMode) => set((s) => colouredByMode(s, graph, colorMode)),
    setSizeMetric: (sizeMetric: SizeMetric) => set((s) => sizedByMetric(s, graph, sizeMetric)),
    setPathEnd: (end: "from" | "to", id: string, name: string) => set((s) => pathEndChosen(s, end, id, name)),
    closeArticle: () => set({ article: null }),
    closeEdge: () => set({ edge: null }),
    closeTop,
    cameraChanged: (camera: CameraState) => set((s) => cameraMoved(s, camera)),
    setSelectMode: (selectMode: AppState["selectMode"]) => set((s) => selectModeChosen(s, selectMode)),
    toggleSidebar: (open?: boolean) => set((s) => sidebarToggled(s, open)),
    togglePanelCollapsed: () => set(panelFolded),
    notify: (toast: string) => set((s) => notified(s, toast)),
    dismissToast: () => set((s) => notified(s, null)),
    search: (q: string) => api.search(q, 10),
  };
}
