import type { GraphPayload } from "../../../domain";
import { api, type ExportFormat, type SearchResult } from "../api";
import {
  applyCentrality,
  applyCommunities,
  assignCurvatures,
  computeVisibility,
  dateBounds,
  mergePayload,
  neighbourhood,
  pathHighlight,
  type ColorMode,
  type ExplorerGraph,
  type Filters,
  type SizeMetric,
} from "../graph";
import type { AppState } from "./app-state";
import { connectionAfter, describeError } from "./errors";
import type { Store } from "./store";

/** What actions ask of the view without knowing sigma or the layout: wired in main.ts. */
export interface ViewPort {
  centreOn(nodes: string[]): void;
  /** Lets freshly added nodes find their place while the rest of the map stays put. */
  settle(newNodes: string[]): void;
  /** A fresh overview: lay the whole graph out. */
  layoutAll(): void;
}

export const OVERVIEW_LIMIT = 200;
export const EXPAND_PAGE = 25;
/** How often the explorer checks again while the server or Neo4j is down. */
export const HEALTH_RETRY_MS = 15000;
const CATALOGUE_LIMIT = 500;

function graphDateBounds(graph: ExplorerGraph) {
  const dates: unknown[] = [];
  graph.forEachNode((_, attrs) => dates.push(attrs.properties.date));
  graph.forEachEdge((_, attrs) => dates.push(attrs.properties.firstSeen, attrs.properties.lastSeen));
  return dateBounds(dates);
}

export type Actions = ReturnType<typeof createActions>;

export function createActions(graph: ExplorerGraph, store: Store<AppState>, view: ViewPort) {
  const set = store.set;

  /** Runs a call with a busy message; connection errors switch the banner, others become a toast. */
  async function guarded<T>(busy: string | null, work: () => Promise<T>): Promise<T | undefined> {
    if (busy) set({ busy });
    try {
      const value = await work();
      if (store.get().connection.kind !== "ok" && store.get().connection.kind !== "empty") set({ connection: { kind: "ok" } });
      return value;
    } catch (error) {
      const connection = connectionAfter(error);
      if (connection) set({ connection });
      else set({ toast: describeError(error) });
      return undefined;
    } finally {
      if (busy) set({ busy: null });
    }
  }

  function afterStructureChange(): void {
    assignCurvatures(graph);
    applyCentrality(graph, store.get().sizeMetric);
    if (store.get().colorMode === "community") applyCommunities(graph);
    const bounds = graphDateBounds(graph);
    // Keep the old object when the span did not move, so the filters panel (and a slider being dragged) stays put.
    set((s) => ({
      graphVersion: s.graphVersion + 1,
      dateBounds: bounds && (bounds.min !== s.dateBounds?.min || bounds.max !== s.dateBounds?.max) ? bounds : s.dateBounds,
    }));
  }

  function merge(payload: GraphPayload): string[] {
    const { addedNodes, addedEdges } = mergePayload(graph, payload);
    if (addedNodes.length > 0 || addedEdges.length > 0) afterStructureChange();
    return addedNodes;
  }

  function replace(payload: GraphPayload): void {
    graph.clear();
    set({ hidden: [], selection: [], highlight: null, expansions: {}, pinned: [] });
    mergePayload(graph, payload);
    afterStructureChange();
    view.layoutAll();
  }

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
    set({ catalogue: { sources, articles: list.articles.map((a) => ({ id: a.id, title: a.title })) } });
  }

  async function loadOverview(): Promise<void> {
    const payload = await guarded("Loading the overview…", () => api.overview(OVERVIEW_LIMIT, serverFilters(store.get().filters)));
    if (!payload) return;
    set({ lastOverview: payload });
    replace(payload);
  }

  async function ensureNode(id: string): Promise<void> {
    if (graph.hasNode(id)) return;
    const payload = await guarded(null, () => api.neighbours([id], { limit: EXPAND_PAGE }));
    if (!payload) return;
    const added = merge(payload);
    view.settle(added);
  }

  async function openEntity(id: string, centre = true): Promise<void> {
    const nameOf = () => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : null);
    set({ focus: id, entity: { id, name: nameOf(), detail: null, error: null } });
    await ensureNode(id);
    if (centre && graph.hasNode(id)) view.centreOn([...neighbourhood(graph, id).nodes]);
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
    set({ focus: null, entity: null });
  }

  /** One hop, best-evidenced first; calling again pages on ("more"). A type narrows to one relation type. */
  async function expand(id: string, type?: string): Promise<void> {
    const previous = store.get().expansions[id];
    const offset = previous && previous.type === type ? previous.offset : 0;
    const payload = await guarded("Expanding…", () =>
      api.neighbours([id], { limit: EXPAND_PAGE, offset, order: "evidence", types: type ? [type] : undefined }),
    );
    if (!payload) return;
    const added = merge(payload);
    set((s) => ({
      expansions: { ...s.expansions, [id]: { offset: offset + EXPAND_PAGE, more: payload.more ?? 0, type } },
      hidden: s.hidden.filter((n) => !payload.nodes.some((p) => p.id === n)),
    }));
    view.settle(added);
    if (added.length === 0 && payload.nodes.length <= 1) set({ toast: "No further neighbours." });
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

  function togglePin(id: string): void {
    if (!graph.hasNode(id)) return;
    const pinned = !store.get().pinned.includes(id);
    graph.setNodeAttribute(id, "fixed", pinned);
    set((s) => ({ pinned: pinned ? [...s.pinned, id] : s.pinned.filter((n) => n !== id) }));
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
      const around = neighbourhood(graph, result.id);
      set({ highlight: { nodes: [...around.nodes], edges: [...around.edges], reason: "search" } });
      view.centreOn([...around.nodes]);
    }
    await openEntity(result.id, false);
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

  async function runCypher(query: string, mode: "merge" | "replace"): Promise<void> {
    set((s) => ({ cypher: { ...s.cypher, query, running: true, error: null } }));
    try {
      const result = await api.cypher(query);
      set((s) => ({ cypher: { ...s.cypher, running: false, result, error: null } }));
      if (result.graph.nodes.length === 0) return;
      if (mode === "replace") replace(result.graph);
      else view.settle(merge(result.graph));
      const ids = result.graph.nodes.map((n) => n.id);
      set({ highlight: { nodes: ids, edges: result.graph.edges.map((e) => e.id), reason: "search" } });
      view.centreOn(ids);
    } catch (error) {
      const connection = connectionAfter(error);
      if (connection) set({ connection });
      set((s) => ({ cypher: { ...s.cypher, running: false, result: null, error: describeError(error) } }));
    }
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
      view.settle(merge(result));
      const lit = pathHighlight(graph, result.paths);
      set({
        paths: { from, to, running: false, found: result.paths.length, error: null },
        highlight: result.paths.length > 0 ? { nodes: [...lit.nodes], edges: [...lit.edges], reason: "paths" } : null,
      });
      if (lit.nodes.size > 0) view.centreOn([...lit.nodes]);
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

  async function openArticle(id: string): Promise<void> {
    set({ article: { id, detail: null, error: null } });
    try {
      const detail = await api.article(id);
      set({ article: { id, detail, error: null } });
    } catch (error) {
      set({ article: { id, detail: null, error: describeError(error) } });
    }
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
    runCypher,
    setCypherQuery: (query: string) => set((s) => ({ cypher: { ...s.cypher, query } })),
    findPaths,
    setPathEnd,
    exportGraph,
    visibleIds,
    openArticle,
    closeArticle: () => set({ article: null }),
    setSelectMode: (selectMode: AppState["selectMode"]) => set({ selectMode }),
    dismissToast: () => set({ toast: null }),
    search: (q: string) => api.search(q, 10),
  };
}
