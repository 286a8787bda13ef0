import type { GraphPayload } from "../../../domain";
import { mergePayload, type ExplorerGraph } from "../graph";
import type { AppState } from "./app-state";
import { afterFailure, afterSuccess, type ShowFailure } from "./error-policy";
import type { KeyValueStorage } from "./saved-views";
import type { Store } from "./store";
import { graphCleared, structureChanged } from "./updates/graph-data";
import { busyWith } from "./updates/status";
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

export interface CallOptions {
  /** Shown while the call runs. */
  busy?: string;
  /** Where the calling area shows a failure; a toast by default (error-policy). */
  failed?: ShowFailure;
}

/** What every group of actions shares: the data graph, the state, the view and the one way to call the server. */
export interface ActionContext {
  graph: ExplorerGraph;
  store: Store<AppState>;
  view: ViewPort;
  storage: KeyValueStorage;
  set: Store<AppState>["set"];
  /** Runs a server call under the error policy: its answer, or undefined once its failure is in the state. */
  call<T>(work: () => Promise<T>, options?: CallOptions): Promise<T | undefined>;
  /** Adds a payload, keeping what is there; returns the ids of the nodes it added. */
  merge(payload: GraphPayload, anchor?: string): string[];
  /** Replaces the whole graph and lays it out. */
  replace(payload: GraphPayload): Promise<void>;
}

export function createActionContext(
  graph: ExplorerGraph,
  store: Store<AppState>,
  view: ViewPort,
  storage: KeyValueStorage,
): ActionContext {
  const set = store.set;

  async function call<T>(work: () => Promise<T>, options: CallOptions = {}): Promise<T | undefined> {
    const { busy, failed } = options;
    if (busy) set((s) => busyWith(s, busy));
    try {
      const value = await work();
      set(afterSuccess);
      return value;
    } catch (error) {
      set((s) => afterFailure(s, error, failed));
      return undefined;
    } finally {
      if (busy) set((s) => busyWith(s, null));
    }
  }

  function merge(payload: GraphPayload, anchor?: string): string[] {
    const { addedNodes, addedEdges } = mergePayload(graph, payload, { anchor });
    if (addedNodes.length > 0 || addedEdges.length > 0) set((s) => structureChanged(s, graph));
    return addedNodes;
  }

  async function replace(payload: GraphPayload): Promise<void> {
    graph.clear();
    set(graphCleared);
    mergePayload(graph, payload);
    set((s) => structureChanged(s, graph));
    await view.layoutAll();
  }

  return { graph, store, view, storage, set, call, merge, replace };
}
