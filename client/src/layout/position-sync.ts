import Graph from "graphology";
import type { ExplorerGraph } from "../graph";

// The unit tests compile this module without the DOM's types; it needs only these two.
declare const requestAnimationFrame: (callback: (time: number) => void) => number;
declare const cancelAnimationFrame: (handle: number) => void;

/** The shortest pause between two copies, so small graphs still move smoothly but not more often than frames. */
const MIN_COPY_INTERVAL_MS = 30;

/** What a layout worker moves: the displayed graph's nodes and edges with positions, drawn size and pinning only. */
export type PositionsGraph = Graph<{ x: number; y: number; size: number; fixed?: boolean }>;

/**
 * How long the last copy and redraw took, and when it ended. One layout run's workers share it, so the
 * noverlap that follows ForceAtlas2 keeps the pace the redraws have shown.
 */
export interface RedrawPace {
  lastCopyMs: number;
  lastCopyEnd: number;
}

export function createRedrawPace(): RedrawPace {
  return { lastCopyMs: 0, lastCopyEnd: 0 };
}

export interface PositionSync {
  positions: PositionsGraph;
  /** Copies the latest positions now (at the end of a run). */
  flush(): void;
  dispose(): void;
}

/**
 * The FA2 and noverlap supervisors write every iteration of their worker into the graph they are given.
 * Written into the displayed graph, each iteration made sigma reprocess and redraw all of it, and on
 * 10,000 nodes in software WebGL the page stopped answering while a layout ran. The worker moves this
 * copy instead; its positions reach the displayed graph after a pause as long as the last copy and
 * redraw took, so the page keeps at least half of its time.
 */
export function createPositionSync(
  graph: ExplorerGraph,
  sizeOf: (node: string) => number,
  pace: RedrawPace = createRedrawPace(),
): PositionSync {
  const positions: PositionsGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  graph.forEachNode((node, attrs) =>
    positions.addNode(node, { x: attrs.x, y: attrs.y, size: sizeOf(node), fixed: attrs.fixed }),
  );
  graph.forEachEdge((edge, _attrs, source, target) => positions.addDirectedEdgeWithKey(edge, source, target));

  let moved = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  let painted: ReturnType<typeof setTimeout> | undefined;

  function copy(): void {
    timer = undefined;
    if (!moved) return;
    moved = false;
    const started = performance.now();
    graph.updateEachNodeAttributes(
      (node, attrs) => {
        if (!positions.hasNode(node)) return attrs;
        const at = positions.getNodeAttributes(node);
        attrs.x = at.x;
        attrs.y = at.y;
        return attrs;
      },
      { attributes: ["x", "y"] },
    );
    // sigma redraws in the next animation frame, but in software WebGL most of the frame's cost comes after
    // that callback, while the compositor waits for the canvas to be rasterised. A task queued from the
    // callback runs once that is done: the copy's cost runs until then.
    frame = requestAnimationFrame(() => {
      frame = undefined;
      painted = setTimeout(() => {
        painted = undefined;
        pace.lastCopyEnd = performance.now();
        pace.lastCopyMs = pace.lastCopyEnd - started;
        if (moved) schedule();
      }, 0);
    });
  }

  function schedule(): void {
    if (timer !== undefined || frame !== undefined || painted !== undefined) return;
    const wait = Math.max(MIN_COPY_INTERVAL_MS, pace.lastCopyMs) - (performance.now() - pace.lastCopyEnd);
    timer = setTimeout(copy, Math.max(0, wait));
  }

  const onMoved = () => {
    moved = true;
    schedule();
  };
  // FA2's supervisor writes an iteration as one bulk update, noverlap's as one update per node.
  positions.on("eachNodeAttributesUpdated", onMoved);
  positions.on("nodeAttributesUpdated", onMoved);

  function cancel(): void {
    clearTimeout(timer);
    timer = undefined;
    if (frame !== undefined) cancelAnimationFrame(frame);
    frame = undefined;
    clearTimeout(painted);
    painted = undefined;
  }

  return {
    positions,
    flush() {
      cancel();
      moved = true;
      copy();
      // The run ends here without waiting for this redraw; expecting it to take as long as the last one lets
      // the next run leave the page the same pause after it.
      pace.lastCopyEnd = performance.now() + pace.lastCopyMs;
    },
    dispose() {
      cancel();
      positions.removeListener("eachNodeAttributesUpdated", onMoved);
      positions.removeListener("nodeAttributesUpdated", onMoved);
    },
  };
}
