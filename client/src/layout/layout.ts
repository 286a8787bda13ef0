import { inferSettings, type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import noverlap from "graphology-layout-noverlap";
import type { ExplorerGraph } from "../graph";

/**
 * Strong gravity keeps disconnected components (common in news: a story apart from the rest) in view
 * instead of drifting to the edges and shrinking everything else.
 */
export function layoutSettings(graph: ExplorerGraph): ForceAtlas2Settings {
  return { ...inferSettings(graph), strongGravityMode: true, gravity: 0.05, scalingRatio: 10, slowDown: 5 };
}

export interface LayoutController {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  /** Runs ForceAtlas2 for a while, then removes overlaps. */
  runFor(ms: number): void;
  /** Lays out only the given new nodes: everything else is held fixed for the run. */
  settle(newNodes: string[], ms?: number): void;
  removeOverlaps(): void;
  kill(): void;
}

/**
 * ForceAtlas2 runs in a web worker so the page stays responsive on large graphs. A fresh supervisor per run
 * picks settings suited to the graph's current size (Barnes-Hut above a few thousand nodes).
 */
export function createLayout(graph: ExplorerGraph, onRunningChange: (running: boolean) => void): LayoutController {
  let supervisor: FA2LayoutSupervisor | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Nodes fixed only for a settle run; their `fixed` flag is restored when it ends. */
  let heldForSettle = new Set<string>();

  function start(): void {
    if (graph.order === 0) return;
    supervisor?.kill();
    supervisor = new FA2LayoutSupervisor(graph, {
      settings: layoutSettings(graph),
      getEdgeWeight: null,
    });
    supervisor.start();
    onRunningChange(true);
  }

  function stop(): void {
    clearTimeout(timer);
    timer = undefined;
    if (!supervisor) return;
    supervisor.kill();
    supervisor = null;
    if (heldForSettle.size > 0) {
      const held = heldForSettle;
      graph.updateEachNodeAttributes((node, attrs) => (held.has(node) ? { ...attrs, fixed: false } : attrs), { attributes: ["fixed"] });
      heldForSettle = new Set();
    }
    onRunningChange(false);
  }

  function removeOverlaps(): void {
    if (graph.order === 0 || graph.order > 20000) return;
    noverlap.assign(graph, { maxIterations: 60, settings: { ratio: 1.1, margin: 1 } });
  }

  function runFor(ms: number): void {
    start();
    timer = setTimeout(() => {
      stop();
      removeOverlaps();
    }, ms);
  }

  function settle(newNodes: string[], ms = 1500): void {
    if (newNodes.length === 0) return;
    stop();
    const fresh = new Set(newNodes);
    // One bulk update rather than an event per node: sigma and the FA2 supervisor both listen to the graph.
    graph.updateEachNodeAttributes(
      (node, attrs) => {
        if (fresh.has(node) || attrs.fixed) return attrs;
        heldForSettle.add(node);
        return { ...attrs, fixed: true };
      },
      { attributes: ["fixed"] },
    );
    start();
    timer = setTimeout(stop, ms);
  }

  return {
    start,
    stop,
    isRunning: () => supervisor?.isRunning() ?? false,
    runFor,
    settle,
    removeOverlaps,
    kill: stop,
  };
}
