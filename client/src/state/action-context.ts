import type { GraphPayload } from "../../../domain";
import { applyCentrality, applyCommunities, assignCurvatures, dateBounds, mergePayload, type ExplorerGraph } from "../graph";
import type { AppState } from "./app-state";
import { connectionAfter, describeError } from "./errors";
import type { KeyValueStorage } from "./saved-views";
import type { Store } from "./store";
import type { CameraState } from "./url-state";

/** What actions ask of the view without knowing sigma or the layout: wired in main.ts. */
export interface ViewPort {
  /** Animates the camera to frame these nodes (instantly with animate: false). */
  centreOn(nodes: string[], options?: { animate?: boolean }): void;
  /** Lets freshly added nodes find their place while the rest of the map stays put; resolves when done. */
  settle(newNodes: string[]): Promise<void>;
  /** A fresh overview: lay the whole graph out; resolves when the layout has ended. */
  layoutAll(): Promise<void>;
  setCamera(camera: CameraState): void;
}

/** What every group of actions shares: the data, the state, the view and one error policy. */
export interface ActionContext {
  graph: ExplorerGraph;
  store: Store<AppState>;
  view: ViewPort;
  storage: KeyValueStorage;
  set: Store<AppState>["set"];
  /** Runs a call with a busy message; connection errors switch the banner, others become a toast. */
  guarded<T>(busy: string | null, work: () => Promise<T>): Promise<T | undefined>;
  /** Adds a payload, keeping what is there; returns the ids of the nodes it added. */
  merge(payload: GraphPayload, anchor?: string): string[];
  /** Replaces the whole graph and lays it out. */
  replace(payload: GraphPayload): Promise<void>;
}

function graphDateBounds(graph: ExplorerGraph) {
  const dates: unknown[] = [];
  graph.forEachNode((_, attrs) => dates.push(attrs.properties.date));
  graph.forEachEdge((_, attrs) => dates.push(attrs.properties.firstSeen, attrs.properties.lastSeen));
  return dateBounds(dates);
}

export function createActionContext(graph: ExplorerGraph, store: Store<AppState>, view: ViewPort, storage: KeyValueStorage): ActionContext {
  const set = store.set;

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

  function merge(payload: GraphPayload, anchor?: string): string[] {
    const { addedNodes, addedEdges } = mergePayload(graph, payload, { anchor });
    if (addedNodes.length > 0 || addedEdges.length > 0) afterStructureChange();
    return addedNodes;
  }

  async function replace(payload: GraphPayload): Promise<void> {
    graph.clear();
    set({ hidden: [], selection: [], highlight: null, expansions: {}, expansionLog: [], pinned: [] });
    mergePayload(graph, payload);
    afterStructureChange();
    await view.layoutAll();
  }

  return { graph, store, view, storage, set, guarded, merge, replace };
}
