import Graph from "graphology";
import { parse } from "graphology-gexf/browser";
import type { GraphPayload } from "../../domain";
import { createGraph, mergePayload, nodeSizeOf } from "../../client/src/graph";
import { createLayout } from "../../client/src/layout";
import { createRenderer } from "../../client/src/rendering";
import { createActions, createStore, initialState, type ViewPort } from "../../client/src/state";
import { fetchGexf, reportFirstRender } from "./measure-page";

/** The same GEXF through the explorer's own data path (payload merge) and renderer (settings, reducers, events). */
async function main(): Promise<void> {
  const text = await fetchGexf();
  const start = performance.now();
  const source = parse(Graph, text);
  const payload: GraphPayload = {
    nodes: source.mapNodes((id, attrs) => ({ id, label: attrs.nodeLabel, name: attrs.label, properties: {} })),
    edges: source.mapEdges((id, attrs, s, t) => ({
      id,
      source: s,
      target: t,
      type: attrs.relation,
      properties: { count: 1 },
    })),
  };
  const graph = createGraph();
  mergePayload(graph, payload);
  const store = createStore({ ...initialState(), graphVersion: 1 });
  const port: ViewPort = {
    centreOn: () => undefined,
    settle: async () => undefined,
    layoutAll: async () => undefined,
    setCamera: () => undefined,
  };
  const actions = createActions(graph, store, port);
  createRenderer(document.getElementById("stage")!, graph, store, actions);
  await reportFirstRender(start, graph.order, graph.size);
  if (new URLSearchParams(window.location.search).has("layout")) {
    // The first render ends in a task that waits for the GPU to draw it (2 s at 10k nodes); an observer made
    // in that task reports it, though the layout has not started.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
    observer.observe({ type: "longtask", buffered: false });
    const started = performance.now();
    // Wired as the explorer wires it (main.ts): the renderer hides edges while a layout runs on a large graph.
    createLayout(
      graph,
      (node) => nodeSizeOf(store.get().appearance, node),
      (running) => store.set({ layoutRunning: running }),
    ).runFor(4000);
    await new Promise((resolve) => setTimeout(resolve, 4500));
    observer.disconnect();
    window.__layoutWindowMs = performance.now() - started;
    window.__layoutLongTasks = longTasks;
  }
}

main().catch((error: Error) => (window.__bench = { error: error.message }));
