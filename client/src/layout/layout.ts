import { inferSettings, type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import noverlap from "graphology-layout-noverlap";
import NoverlapLayoutSupervisor from "graphology-layout-noverlap/worker";
import type { ExplorerGraph } from "../graph";
import { createPositionSync, createRedrawPace, type PositionSync } from "./position-sync";

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
  /** Runs ForceAtlas2 for a while, then removes overlaps. How far it gets depends on the machine. */
  runFor(ms: number): void;
  /**
   * Runs exactly this many ForceAtlas2 iterations, then removes overlaps: from the same positions it always
   * ends in the same picture, whatever the machine's speed.
   */
  runIterations(iterations: number): void;
  /** Lays out only the given new nodes, for a fixed number of iterations: everything else is held fixed. */
  settle(newNodes: string[], iterations?: number): void;
  removeOverlaps(): void;
  /** Resolves once nothing runs. */
  whenIdle(): Promise<void>;
  kill(): void;
}

/** Iterations a settle run gives new nodes: with every other node held, they find their place quickly. */
export const SETTLE_ITERATIONS = 150;

/** Up to this size noverlap runs on the page itself (under 100 ms); above, in its worker: 10,000 nodes took 37 s. */
const SYNCHRONOUS_NOVERLAP_MAX_NODES = 500;
/** Above this, removing overlaps takes minutes even in the worker, and at that density it changes little. */
const NOVERLAP_MAX_NODES = 20000;
const NOVERLAP = { maxIterations: 60, settings: { ratio: 1.1, margin: 1 } };

type Phase = "idle" | "forces" | "overlaps";

/**
 * ForceAtlas2 and, on large graphs, noverlap run in web workers so the page stays responsive. Each moves
 * a copy of the graph's positions (see position-sync). A fresh supervisor per run picks settings suited to
 * the graph's current size (Barnes-Hut above a few thousand nodes). If the graph's nodes or edges change
 * during a run, the run starts again on the new graph. Overlaps are judged by the size each node is drawn
 * at, which the appearance holds rather than the data graph: `sizeOf`.
 */
export function createLayout(
  graph: ExplorerGraph,
  sizeOf: (node: string) => number,
  onRunningChange: (running: boolean) => void,
): LayoutController {
  let phase: Phase = "idle";
  let forces: FA2LayoutSupervisor | null = null;
  let overlaps: NoverlapLayoutSupervisor | null = null;
  let sync: PositionSync | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let restartTimer: ReturnType<typeof setTimeout> | undefined;
  /** Nodes fixed only for a settle run; their `fixed` flag is restored when it ends. */
  let heldForSettle = new Set<string>();
  /** Iterations left in a counted run, and what to do after it; null for a run until stopped or timed. */
  let counted: { left: number; then: () => void } | null = null;
  let idleWaiters: (() => void)[] = [];
  const pace = createRedrawPace();

  function setPhase(next: Phase): void {
    const wasRunning = phase !== "idle";
    phase = next;
    if (wasRunning !== (next !== "idle")) onRunningChange(next !== "idle");
    if (next === "idle") {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  function endWorkers(): void {
    forces?.kill();
    overlaps?.kill();
    forces = null;
    overlaps = null;
    sync?.flush();
    sync?.dispose();
    sync = null;
  }

  function startForces(): void {
    sync = createPositionSync(graph, sizeOf, pace);
    const supervisor = new FA2LayoutSupervisor(sync.positions, {
      settings: layoutSettings(graph),
      getEdgeWeight: null,
    });
    forces = supervisor;
    if (counted) {
      const run = counted;
      // The supervisor writes one iteration per update. Stopping it inside the update leaves the copy at exactly
      // this many iterations (killing it there would break the supervisor's own handler); the run ends just after.
      sync.positions.on("eachNodeAttributesUpdated", () => {
        run.left -= 1;
        if (run.left !== 0 || forces !== supervisor) return;
        supervisor.stop();
        setTimeout(() => {
          if (forces === supervisor && counted === run) run.then();
        }, 0);
      });
    }
    supervisor.start();
  }

  /** `from`: ForceAtlas2's copy, to go on from its latest positions (see removeOverlaps). */
  function startOverlaps(onDone: () => void, from: PositionSync | null = null): void {
    sync = from ?? createPositionSync(graph, sizeOf, pace);
    const supervisor = new NoverlapLayoutSupervisor(sync.positions, {
      settings: NOVERLAP.settings,
      onConverged: () => setTimeout(done, 0),
    });
    // Called from the supervisor's own callbacks: only ends this run, not one started since.
    function done(): void {
      if (overlaps !== supervisor) return;
      endWorkers();
      onDone();
    }
    // The supervisor writes each iteration node by node: the iterations are counted in node updates.
    const order = sync.positions.order;
    let nodeUpdates = 0;
    sync.positions.on("nodeAttributesUpdated", () => {
      nodeUpdates += 1;
      if (nodeUpdates === NOVERLAP.maxIterations * order) setTimeout(done, 0);
    });
    overlaps = supervisor;
    supervisor.start();
  }

  const onStructureChange = () => {
    if (phase === "idle" || restartTimer !== undefined) return;
    restartTimer = setTimeout(() => {
      restartTimer = undefined;
      if (phase !== "forces") return;
      endWorkers();
      startForces();
    }, 0);
  };
  for (const event of ["nodeAdded", "nodeDropped", "edgeAdded", "edgeDropped", "cleared"] as const)
    graph.on(event, onStructureChange);

  function beginForces(): void {
    if (graph.order === 0) return setPhase("idle");
    endWorkers();
    startForces();
    setPhase("forces");
  }

  function start(): void {
    endRun();
    beginForces();
  }

  /** Ends whatever runs, leaving the phase to the caller. */
  function endRun(): void {
    counted = null;
    clearTimeout(timer);
    timer = undefined;
    clearTimeout(restartTimer);
    restartTimer = undefined;
    endWorkers();
    if (heldForSettle.size > 0) {
      const held = heldForSettle;
      graph.updateEachNodeAttributes((node, attrs) => (held.has(node) ? { ...attrs, fixed: false } : attrs), {
        attributes: ["fixed"],
      });
      heldForSettle = new Set();
    }
  }

  function stop(): void {
    if (phase === "idle") return;
    endRun();
    setPhase("idle");
  }

  /** Stops a running ForceAtlas2 and hands over its copy of the positions, not yet shown. */
  function takeForcesCopy(): PositionSync | null {
    if (!forces || !sync) return null;
    forces.kill();
    forces = null;
    const copy = sync;
    sync = null;
    return copy;
  }

  function removeOverlaps(): void {
    if (graph.order === 0 || graph.order > NOVERLAP_MAX_NODES || phase === "overlaps") return;
    if (graph.order <= SYNCHRONOUS_NOVERLAP_MAX_NODES) {
      noverlap.assign(graph, {
        ...NOVERLAP,
        inputReducer: (node, attrs) => ({ x: attrs.x, y: attrs.y, size: sizeOf(node) }),
      });
      return;
    }
    // After ForceAtlas2, noverlap goes on from its copy: showing its last positions first would cost a
    // redraw of the whole graph, and a fresh copy another pass over it (together a 200 ms task at 10k nodes).
    const from = takeForcesCopy();
    endRun();
    startOverlaps(() => setPhase("idle"), from);
    setPhase("overlaps");
  }

  function forcesThenOverlaps(): void {
    // Synchronous noverlap works on the shown graph, so ForceAtlas2's positions are shown first.
    if (graph.order <= SYNCHRONOUS_NOVERLAP_MAX_NODES) endRun();
    removeOverlaps();
    if (phase === "forces") stop();
  }

  function runFor(ms: number): void {
    start();
    timer = setTimeout(() => {
      timer = undefined;
      forcesThenOverlaps();
    }, ms);
  }

  function runIterations(iterations: number): void {
    endRun();
    if (iterations <= 0) return removeOverlaps();
    counted = { left: iterations, then: forcesThenOverlaps };
    beginForces();
  }

  function settle(newNodes: string[], iterations = SETTLE_ITERATIONS): void {
    if (newNodes.length === 0) return;
    stop();
    const fresh = new Set(newNodes);
    // One bulk update rather than an event per node: sigma listens to the graph.
    graph.updateEachNodeAttributes(
      (node, attrs) => {
        if (fresh.has(node) || attrs.fixed) return attrs;
        heldForSettle.add(node);
        return { ...attrs, fixed: true };
      },
      { attributes: ["fixed"] },
    );
    counted = { left: iterations, then: stop };
    beginForces();
  }

  function whenIdle(): Promise<void> {
    if (phase === "idle") return Promise.resolve();
    return new Promise((resolve) => idleWaiters.push(resolve));
  }

  return {
    start,
    stop,
    isRunning: () => phase !== "idle",
    runFor,
    runIterations,
    settle,
    removeOverlaps,
    whenIdle,
    kill: stop,
  };
}
