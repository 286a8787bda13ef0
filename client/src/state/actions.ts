import type { RelationType } from "../../../domain";
import { api, type ExportFormat, type SearchResult } from "../api";
import { applyCentrality, applyCommunities, computeVisibility, neighbourhood, pathHighlight, type ColorMode, type ExplorerGraph, type Filters, type SizeMetric } from "../graph";
import { createActionContext, type ViewPort } from "./action-context";
import type { AppState, HighlightReason, TextSpan } from "./app-state";
import { createCypherActions } from "./cypher-actions";
import { connectionAfter, describeError } from "./errors";
import { NO_STORAGE, readHistory, type KeyValueStorage } from "./saved-views";
import type { Store } from "./store";
import { createUploadActions } from "./upload-actions";
import type { CameraState, NeighbourOrder } from "./url-state";

export type { ViewPort } from "./action-context";

export const OVERVIEW_LIMIT = 200;
export const EXPAND_PAGE = 25;
/** How often the explorer checks again while the server or Neo4j is down. */
export const HEALTH_RETRY_MS = 15000;
const CATALOGUE_LIMIT = 500;

export type Actions = ReturnType<typeof createActions>;

/** The node and its relations, lit, with a reason the panels can tell apart. */
function litAround(graph: ExplorerGraph, id: string, reason: HighlightReason): AppState["highlight"] {
  const around = neighbourhood(graph, id);
  return { nodes: [...around.nodes], edges: [...around.edges], reason };
}

export function createActions(graph: ExplorerGraph, store: Store<AppState>, view: ViewPort, storage: KeyValueStorage = NO_STORAGE) {
  const context = createActionContext(graph, store, view, storage);
  const { set, guarded, merge, replace } = context;
  set((s) => ({ cypher: { ...s.cypher, history: readHistory(storage) } }));

  function serverFilters(filters: Filters) {
    return { source: filters.source, article: filters.article };
  }

  async function checkHealth(): Promise<boolean> {
    try {
      await api.health();
      const stats = await api.stats();
      set({ stats, connection: stats.articles === 0 ? { kind: "empty" } : { kind: "ok" } });
      return stats.articles > 0;
    } catch (error) {
      set({ connection: connectionAfter(error) ?? { kind: "server-down", message: describeError(error) } });
      return false;
    }
  }

  async function loadCatalogue(): Promise<void> {
    const list = await guarded(null, () => api.articles(CATALOGUE_LIMIT));
    if (!list) return;
    const sources = [...new Set(list.articles.map((a) => a.source).filter((s): s is string => Boolean(s)))].sort();
    set({ catalogue: { sources, articles: list.articles.map((a) => ({ id: a.id, title: a.title, source: a.source ?? null, date: a.date ?? null })) } });
  }

  async function loadOverview(): Promise<void> {
    const payload = await guarded("Loading the overview…", () => api.overview(OVERVIEW_LIMIT, serverFilters(store.get().filters)));
    if (!payload) return;
    set({ lastOverview: payload });
    await replace(payload);
  }

  /** Brings a node that is not on the graph in with its first page of neighbours, as one expansion. */
  async function ensureNode(id: string): Promise<void> {
    if (graph.hasNode(id)) return;
    const payload = await guarded(null, () => api.neighbours([id], { limit: EXPAND_PAGE, order: "evidence" }));
    if (!payload) return;
    const added = merge(payload, id);
    set((s) => ({
      expansions: { ...s.expansions, [id]: { offset: EXPAND_PAGE, more: payload.more ?? 0, order: "evidence" } },
      expansionLog: [...s.expansionLog, { id, order: "evidence" }],
    }));
    await view.settle(added);
  }

  /**
   * Opens a node's panel, lights its neighbourhood and moves the selection ring to it (unless several nodes
   * are selected on purpose). `centre` moves the camera there, for nodes reached from a panel or a link.
   */
  async function openEntity(id: string, options: { centre?: boolean; highlight?: HighlightReason } = {}): Promise<void> {
    const { centre = true, highlight = "focus" } = options;
    const nameOf = () => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : null);
    set((s) => ({
      focus: id,
      entity: { id, name: nameOf(), detail: null, error: null },
      edge: null,
      panelCollapsed: false,
      selection: s.selection.length > 1 ? s.selection : [id],
    }));
    await ensureNode(id);
    if (store.get().focus !== id) return;
    if (graph.hasNode(id)) {
      const keep = store.get().highlight?.reason === "paths" && store.get().highlight?.nodes.includes(id);
      if (!keep) set({ highlight: litAround(graph, id, highlight) });
      if (centre) view.centreOn([...neighbourhood(graph, id).nodes]);
    }
    try {
      const detail = await api.entity(id);
      if (store.get().focus === id) set({ entity: { id, name: detail.node.name, detail, error: null } });
    } catch (error) {
      const connection = connectionAfter(error);
      if (connection) set({ connection });
      if (store.get().focus === id) set({ entity: { id, name: nameOf(), detail: null, error: describeError(error) } });
    }
  }

  function closeEntity(): void {
    set((s) => ({ focus: null, entity: null, highlight: s.highlight?.reason === "focus" ? null : s.highlight }));
  }

  /**
   * One hop, best evidenced (or most recent) first; calling again pages on. New nodes start beside the node
   * they came from, are lit with it, and the camera frames them once they have settled.
   */
  async function expand(id: string, type?: RelationType, order: NeighbourOrder = "evidence"): Promise<void> {
    const previous = store.get().expansions[id];
    const offset = previous && previous.type === type && previous.order === order ? previous.offset : 0;
    const payload = await guarded("Expanding…", () => api.neighbours([id], { limit: EXPAND_PAGE, offset, order, types: type && type !== "MENTIONED_IN" ? [type] : undefined }));
    if (!payload) return;
    const added = merge(payload, id);
    set((s) => ({
      expansions: { ...s.expansions, [id]: { offset: offset + EXPAND_PAGE, more: payload.more ?? 0, type, order } },
      expansionLog: [...s.expansionLog, { id, order, ...(type ? { type } : {}) }],
      hidden: s.hidden.filter((n) => !payload.nodes.some((p) => p.id === n)),
    }));
    await view.settle(added);
    if (!graph.hasNode(id)) return;
    const lit = litAround(graph, id, "expand")!;
    set({ highlight: lit });
    if (!store.get().restoring) view.centreOn(lit.nodes);
    if (added.length === 0) set({ toast: payload.more ? "This page held only nodes already shown; try More." : "No further neighbours." });
  }

  function hide(id: string): void {
    set((s) => ({
      hidden: s.hidden.includes(id) ? s.hidden : [...s.hidden, id],
      selection: s.selection.filter((n) => n !== id),
      ...(s.focus === id ? { focus: null, entity: null } : {}),
    }));
  }

  function hideSelection(): void {
    set((s) => ({ hidden: [...new Set([...s.hidden, ...s.selection])], selection: [] }));
  }

  function togglePin(id: string, pinned = !store.get().pinned.includes(id)): void {
    if (!graph.hasNode(id)) return;
    graph.setNodeAttribute(id, "fixed", pinned);
    set((s) => ({ pinned: pinned ? [...new Set([...s.pinned, id])] : s.pinned.filter((n) => n !== id) }));
  }

  function toggleSelect(id: string, additive: boolean): void {
    set((s) => {
      if (!additive) return { selection: s.selection.length === 1 && s.selection[0] === id ? [] : [id] };
      return { selection: s.selection.includes(id) ? s.selection.filter((n) => n !== id) : [...s.selection, id] };
    });
  }

  function setSelection(ids: string[], additive: boolean): void {
    set((s) => ({ selection: additive ? [...new Set([...s.selection, ...ids])] : ids }));
  }

  /** Centres on the chosen entity with its neighbourhood lit, then fills the side panel. */
  async function chooseSearchResult(result: SearchResult): Promise<void> {
    await ensureNode(result.id);
    if (graph.hasNode(result.id)) {
      set({ highlight: litAround(graph, result.id, "search"), selection: [result.id] });
      view.centreOn([...neighbourhood(graph, result.id).nodes]);
    }
    await openEntity(result.id, { centre: false, highlight: "search" });
  }

  async function setFilters(patch: Partial<Filters>): Promise<void> {
    const before = store.get().filters;
    const filters = { ...before, ...patch };
    set({ filters });
    if (before.source !== filters.source || before.article !== filters.article) await loadOverview();
  }

  function setColorMode(colorMode: ColorMode): void {
    if (colorMode === "community") applyCommunities(graph);
    set({ colorMode });
  }

  function setSizeMetric(sizeMetric: SizeMetric): void {
    set({ sizeMetric });
    applyCentrality(graph, sizeMetric);
    set((s) => ({ graphVersion: s.graphVersion + 1 }));
  }

  function setPathEnd(end: "from" | "to", id: string, name: string): void {
    set((s) => ({ paths: { ...s.paths, [end]: { id, name }, found: null, error: null } }));
  }

  async function findPaths(): Promise<void> {
    const { from, to } = store.get().paths;
    if (!from || !to) return;
    set((s) => ({ paths: { ...s.paths, running: true, found: null, error: null } }));
    try {
      const result = await api.paths(from.id, to.id);
      await view.settle(merge(result, from.id));
      const lit = pathHighlight(graph, result.paths);
      set({
        paths: { from, to, running: false, found: result.paths.length, error: null },
        highlight: result.paths.length > 0 ? { nodes: [...lit.nodes], edges: [...lit.edges], reason: "paths" } : null,
      });
      if (lit.nodes.size > 0 && !store.get().restoring) view.centreOn([...lit.nodes]);
    } catch (error) {
      set({ paths: { from, to, running: false, found: null, error: describeError(error) } });
    }
  }

  function visibleIds(): string[] {
    const s = store.get();
    return [...computeVisibility(graph, s.filters, new Set(s.hidden)).nodes];
  }

  async function exportGraph(format: ExportFormat, scope: "selection" | "visible") {
    const ids = scope === "selection" ? store.get().selection : visibleIds();
    if (ids.length === 0) {
      set({ toast: scope === "selection" ? "Select nodes first (click, shift-click or drag a box)." : "Nothing visible to export." });
      return undefined;
    }
    return guarded(`Exporting ${ids.length} nodes as ${format.toUpperCase()}…`, () => api.export({ format, ids, withRelations: true }));
  }

  /** Opens an article; with `evidence`, the view scrolls to that sentence and highlights it. */
  async function openArticle(id: string, evidence: TextSpan | null = null): Promise<void> {
    set({ article: { id, detail: null, error: null, evidence } });
    try {
      const detail = await api.article(id);
      if (store.get().article?.id === id) set({ article: { id, detail, error: null, evidence } });
    } catch (error) {
      if (store.get().article?.id === id) set({ article: { id, detail: null, error: describeError(error), evidence } });
    }
  }

  /** The relation's panel, with every piece of evidence from the server. */
  async function openEdge(id: string): Promise<void> {
    set({ edge: { id, detail: null, error: null }, panelCollapsed: false, hoveredEdge: null });
    try {
      const detail = await api.relation(id);
      if (store.get().edge?.id === id) set({ edge: { id, detail, error: null } });
    } catch (error) {
      const connection = connectionAfter(error);
      if (connection) set({ connection });
      if (store.get().edge?.id === id) set({ edge: { id, detail: null, error: describeError(error) } });
    }
  }

  /** Escape closes what is on top: the article, then the relation panel, then the entity panel. */
  function closeTop(): boolean {
    const s = store.get();
    if (s.article) set({ article: null });
    else if (s.edge) set({ edge: null });
    else if (s.entity) closeEntity();
    else if (s.selectMode !== "none") set({ selectMode: "none" });
    else return false;
    return true;
  }

  function cameraChanged(camera: CameraState): void {
    const previous = store.get().camera;
    if (previous && previous.x === camera.x && previous.y === camera.y && previous.ratio === camera.ratio) return;
    set({ camera });
  }

  return {
    checkHealth,
    loadOverview,
    loadCatalogue,
    openEntity,
    closeEntity,
    expand,
    hide,
    hideSelection,
    showAll: () => set({ hidden: [] }),
    togglePin,
    toggleSelect,
    setSelection,
    clearSelection: () => set({ selection: [] }),
    chooseSearchResult,
    clearHighlight: () => set({ highlight: null }),
    setFilters,
    setColorMode,
    setSizeMetric,
    findPaths,
    setPathEnd,
    exportGraph,
    visibleIds,
    openArticle,
    closeArticle: () => set({ article: null }),
    openEdge,
    closeEdge: () => set({ edge: null }),
    closeTop,
    cameraChanged,
    setSelectMode: (selectMode: AppState["selectMode"]) => set({ selectMode }),
    toggleSidebar: (open = !store.get().sidebarOpen) => set({ sidebarOpen: open }),
    togglePanelCollapsed: () => set((s) => ({ panelCollapsed: !s.panelCollapsed })),
    notify: (toast: string) => set({ toast }),
    dismissToast: () => set({ toast: null }),
    search: (q: string) => api.search(q, 10),
    ...createCypherActions(context),
    ...createUploadActions(context),
  };
}
