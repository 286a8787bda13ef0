import { api, type SearchResult } from "../api";
import { neighbourhood } from "../graph";
import type { ActionContext } from "./action-context";
import type { HighlightReason, TextSpan } from "./app-state";
import {
  articleFailed,
  articleLoaded,
  articleOpened,
  edgeFailed,
  edgeLoaded,
  edgeOpened,
  entityOpened,
  entityFailed,
  entityLoaded,
} from "./updates/inspector";
import { selected } from "./updates/selection";
import { focusLit, litAround } from "./updates/view";

/** The side panels' actions: an entity, a relation, an article, and a search result to open. */
export function createInspectorActions(
  { graph, store, view, set, call }: ActionContext,
  ensureNode: (id: string) => Promise<void>,
) {
  /**
   * Opens a node's panel, lights its neighbourhood and moves the selection ring to it (unless several nodes
   * are selected on purpose). `centre` moves the camera there, for nodes reached from a panel or a link.
   */
  async function openEntity(
    id: string,
    options: { centre?: boolean; highlight?: HighlightReason } = {},
  ): Promise<void> {
    const { centre = true, highlight = "focus" } = options;
    const nameOf = () => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : null);
    set((s) => entityOpened(s, id, nameOf()));
    await ensureNode(id);
    if (store.get().focus !== id) return;
    if (graph.hasNode(id)) {
      set((s) => focusLit(s, graph, id, highlight));
      if (centre) view.centreOn([...neighbourhood(graph, id).nodes]);
    }
    const detail = await call(() => api.entity(id, store.get().filters.includeRejected), {
      failed: (s, failure) => entityFailed(s, id, nameOf(), failure.message),
    });
    if (detail) set((s) => entityLoaded(s, id, detail));
  }

  /** Centres on the chosen entity with its neighbourhood lit, then fills the side panel. */
  async function chooseSearchResult(result: SearchResult): Promise<void> {
    await ensureNode(result.id);
    if (graph.hasNode(result.id)) {
      set((s) => selected(litAround(s, graph, result.id, "search"), [result.id], false));
      view.centreOn([...neighbourhood(graph, result.id).nodes]);
    }
    await openEntity(result.id, { centre: false, highlight: "search" });
  }

  /** Opens an article; with `evidence`, the view scrolls to that sentence and highlights it. */
  async function openArticle(id: string, evidence: TextSpan | null = null): Promise<void> {
    set((s) => articleOpened(s, id, evidence));
    const detail = await call(() => api.article(id), { failed: (s, failure) => articleFailed(s, id, failure.message) });
    if (detail) set((s) => articleLoaded(s, id, detail));
  }

  /** The relation's panel, with every piece of evidence from the server. */
  async function openEdge(id: string): Promise<void> {
    set((s) => edgeOpened(s, id));
    const detail = await call(() => api.relation(id), { failed: (s, failure) => edgeFailed(s, id, failure.message) });
    if (detail) set((s) => edgeLoaded(s, id, detail));
  }

  return { openEntity, chooseSearchResult, openArticle, openEdge };
}
