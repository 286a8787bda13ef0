import { api } from "../api";
import type { ActionContext } from "./action-context";
import { pushHistory } from "./saved-views";
import {
  cancelledMessage,
  cypherAnswered,
  cypherFailed,
  cypherStarted,
  linkedQueryShown,
  queryEdited,
} from "./updates/console";
import { lit } from "./updates/view";

/** The console: run (merging into or replacing the view), cancel, and the query a shared link brought. */
export function createCypherActions({ graph, view, storage, set, call, merge, replace }: ActionContext) {
  let running: AbortController | null = null;

  async function runCypher(query: string, mode: "merge" | "replace"): Promise<void> {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    const startedAt = performance.now();
    const history = pushHistory(storage, query);
    set((s) => cypherStarted(s, query, startedAt, history));
    // A run replaced by a newer one says nothing; a cancelled one says after how long.
    const result = await call(() => api.cypher(query, {}, controller.signal), {
      failed: (s, failure) => {
        if (running !== controller) return s;
        const elapsedMs = performance.now() - startedAt;
        return cypherFailed(s, controller.signal.aborted ? cancelledMessage(elapsedMs) : failure.message, elapsedMs);
      },
    });
    const current = running === controller;
    if (current) running = null;
    if (!result || !current) return;
    set((s) => cypherAnswered(s, result, performance.now() - startedAt));
    if (result.graph.nodes.length === 0) return;
    if (mode === "replace") await replace(result.graph);
    else await view.settle(merge(result.graph));
    const ids = result.graph.nodes.map((n) => n.id).filter((id) => graph.hasNode(id));
    set((s) =>
      lit(
        s,
        ids,
        result.graph.edges.map((e) => e.id),
        "cypher",
      ),
    );
    view.centreOn(ids);
  }

  function cancelCypher(): void {
    running?.abort();
  }

  return {
    runCypher,
    cancelCypher,
    setCypherQuery: (query: string) => set((s) => queryEdited(s, query)),
    showLinkedQuery: (query: string) => set((s) => linkedQueryShown(s, query)),
  };
}
