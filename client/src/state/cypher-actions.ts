import { api } from "../api";
import type { ActionContext } from "./action-context";
import { connectionAfter, describeError } from "./errors";
import { pushHistory } from "./saved-views";

/** The console: run (merging into or replacing the view), cancel, and the query a shared link brought. */
export function createCypherActions({ graph, view, storage, set, merge, replace }: ActionContext) {
  let running: AbortController | null = null;

  async function runCypher(query: string, mode: "merge" | "replace"): Promise<void> {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    const startedAt = performance.now();
    const history = pushHistory(storage, query);
    set((s) => ({ cypher: { ...s.cypher, query, running: true, error: null, startedAt, elapsedMs: null, fromLink: false, history } }));
    try {
      const result = await api.cypher(query, {}, controller.signal);
      if (running !== controller) return;
      const elapsedMs = performance.now() - startedAt;
      set((s) => ({ cypher: { ...s.cypher, running: false, result, error: null, startedAt: null, elapsedMs } }));
      if (result.graph.nodes.length === 0) return;
      if (mode === "replace") await replace(result.graph);
      else await view.settle(merge(result.graph));
      const ids = result.graph.nodes.map((n) => n.id).filter((id) => graph.hasNode(id));
      set({ highlight: { nodes: ids, edges: result.graph.edges.map((e) => e.id), reason: "cypher" } });
      view.centreOn(ids);
    } catch (error) {
      if (running !== controller) return;
      const elapsedMs = performance.now() - startedAt;
      const cancelled = (error as Error).name === "AbortError";
      const connection = cancelled ? null : connectionAfter(error);
      if (connection) set({ connection });
      const message = cancelled
        ? `Cancelled after ${(elapsedMs / 1000).toFixed(1)} s. The server stops any query at its time limit.`
        : describeError(error);
      set((s) => ({ cypher: { ...s.cypher, running: false, result: null, error: message, startedAt: null, elapsedMs } }));
    } finally {
      if (running === controller) running = null;
    }
  }

  function cancelCypher(): void {
    running?.abort();
  }

  return {
    runCypher,
    cancelCypher,
    setCypherQuery: (query: string) => set((s) => ({ cypher: { ...s.cypher, query } })),
    /** A link's query is put in the editor and marked as not yet run: a link must never run it (issue 15). */
    showLinkedQuery: (query: string) => set((s) => ({ cypher: { ...s.cypher, query, fromLink: true, result: null, error: null } })),
  };
}
