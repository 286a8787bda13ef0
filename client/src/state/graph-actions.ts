import type { RelationType } from "../../../domain";
import { api, type ExportFormat } from "../api";
import { computeVisibility, type Filters } from "../graph";
import type { ActionContext } from "./action-context";
import { catalogueLoaded, expanded, overviewLoaded } from "./updates/graph-data";
import { filtersChanged, needsReload, serverFilters } from "./updates/filters";
import { healthChecked, healthFailed, notified } from "./updates/status";
import { litAround } from "./updates/view";
import type { NeighbourOrder } from "./url-state";

const OVERVIEW_LIMIT = 200;
export const EXPAND_PAGE = 25;
export const CATALOGUE_LIMIT = 500;

/** The data graph's actions: health, catalogue, overview, expansions, filters and exports. */
export function createGraphActions({ graph, store, view, set, call, merge, replace }: ActionContext) {
  /** True when there is data to show. */
  async function checkHealth(): Promise<boolean> {
    const stats = await call(
      async () => {
        await api.health();
        return api.stats();
      },
      { failed: healthFailed },
    );
    if (!stats) return false;
    set((s) => healthChecked(s, stats));
    return stats.articles > 0;
  }

  async function loadCatalogue(): Promise<void> {
    const list = await call(() => api.articles(CATALOGUE_LIMIT));
    if (list) set((s) => catalogueLoaded(s, list));
  }

  async function loadOverview(): Promise<void> {
    const payload = await call(() => api.overview(OVERVIEW_LIMIT, serverFilters(store.get().filters)), {
      busy: "Loading the overview…",
    });
    if (!payload) return;
    set((s) => overviewLoaded(s, payload));
    await replace(payload);
  }

  /** Brings a node that is not on the graph in with its first page of neighbours, as one expansion. */
  async function ensureNode(id: string): Promise<void> {
    if (graph.hasNode(id)) return;
    const { includeRejected } = store.get().filters;
    const payload = await call(() => api.neighbours([id], { limit: EXPAND_PAGE, order: "evidence", includeRejected }));
    if (!payload) return;
    const added = merge(payload, id);
    set((s) => expanded(s, id, { offset: EXPAND_PAGE, more: payload.more ?? 0, order: "evidence" }, payload));
    await view.settle(added);
  }

  /**
   * One hop, best evidenced (or most recent) first; calling again pages on. New nodes start beside the node
   * they came from, are lit with it, and the camera frames them once they have settled.
   */
  async function expand(id: string, type?: RelationType, order: NeighbourOrder = "evidence"): Promise<void> {
    const previous = store.get().expansions[id];
    const offset = previous && previous.type === type && previous.order === order ? previous.offset : 0;
    const payload = await call(
      () =>
        api.neighbours([id], {
          limit: EXPAND_PAGE,
          offset,
          order,
          types: type && type !== "MENTIONED_IN" ? [type] : undefined,
          includeRejected: store.get().filters.includeRejected,
        }),
      { busy: "Expanding…" },
    );
    if (!payload) return;
    const added = merge(payload, id);
    set((s) => expanded(s, id, { offset: offset + EXPAND_PAGE, more: payload.more ?? 0, type, order }, payload));
    await view.settle(added);
    if (!graph.hasNode(id)) return;
    set((s) => litAround(s, graph, id, "expand"));
    if (!store.get().restoring) view.centreOn(store.get().highlight!.nodes);
    if (added.length === 0)
      set((s) =>
        notified(s, payload.more ? "This page held only nodes already shown; try More." : "No further neighbours."),
      );
  }

  async function setFilters(patch: Partial<Filters>): Promise<void> {
    const before = store.get().filters;
    set((s) => filtersChanged(s, patch));
    if (needsReload(before, store.get().filters)) await loadOverview();
  }

  function visibleIds(): string[] {
    const s = store.get();
    return [...computeVisibility(graph, s.filters, new Set(s.hidden)).nodes];
  }

  async function exportGraph(format: ExportFormat, scope: "selection" | "visible") {
    const ids = scope === "selection" ? store.get().selection : visibleIds();
    if (ids.length === 0) {
      set((s) =>
        notified(
          s,
          scope === "selection"
            ? "Select nodes first (click, shift-click or drag a box)."
            : "Nothing visible to export.",
        ),
      );
      return undefined;
    }
    const { includeRejected } = store.get().filters;
    return call(() => api.export({ format, ids, withRelations: true, includeRejected }), {
      busy: `Exporting ${ids.length} nodes as ${format.toUpperCase()}…`,
    });
  }

  return { checkHealth, loadCatalogue, loadOverview, ensureNode, expand, setFilters, visibleIds, exportGraph };
}
