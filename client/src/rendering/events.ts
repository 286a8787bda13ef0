import type Sigma from "sigma";
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "../graph";
import type { Actions, AppState, Store } from "../state";

/**
 * Binds pointer events to actions: hover states, click to open, shift-click to select, drag to move (and pin)
 * a node. Returns a function that unbinds everything.
 */
export function bindEvents(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  graph: ExplorerGraph,
  store: Store<AppState>,
  actions: Actions,
): () => void {
  let dragged: string | null = null;
  let moved = false;
  // While the stage is panned the pointer sweeps over many nodes; each hover change restyles the whole
  // graph, which on 10k nodes made every panning frame take seconds. Hover waits for the button's release.
  let panning = false;

  sigma.on("enterNode", ({ node }) => {
    if (!panning && !dragged) store.set({ hoveredNode: node });
  });
  sigma.on("leaveNode", () => {
    if (!panning && !dragged) store.set({ hoveredNode: null });
  });
  sigma.on("downStage", () => {
    panning = true;
  });
  sigma.on("enterEdge", ({ edge, event }) => store.set({ hoveredEdge: { id: edge, x: event.x, y: event.y } }));
  sigma.on("leaveEdge", () => store.set({ hoveredEdge: null }));

  sigma.on("clickNode", ({ node, event }) => {
    if (moved) return;
    const original = event.original as MouseEvent;
    if (original.shiftKey || original.ctrlKey || original.metaKey) {
      actions.toggleSelect(node, true);
      return;
    }
    // The user is looking at the node already: do not move the camera under the pointer.
    void actions.openEntity(node, { centre: false });
  });
  sigma.on("clickEdge", ({ edge }) => {
    if (!moved) void actions.openEdge(edge);
  });
  sigma.on("clickStage", () => {
    if (moved) return;
    actions.clearSelection();
    actions.clearHighlight();
  });

  sigma.on("downNode", ({ node }) => {
    dragged = node;
    moved = false;
  });
  sigma.on("moveBody", ({ event }) => {
    if (!dragged) return;
    moved = true;
    const position = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y });
    // Keep the camera still while a node is being dragged.
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const release = () => {
    panning = false;
    if (dragged && moved && !store.get().pinned.includes(dragged)) actions.togglePin(dragged);
    dragged = null;
    // The click that ends a drag must not open the panel; clear the flag after sigma dispatched it.
    setTimeout(() => (moved = false), 0);
  };
  sigma.on("upNode", release);
  sigma.on("upStage", release);
  // A release outside the canvas reaches the mouse captor (it listens on the document), not upStage.
  const endPan = () => {
    panning = false;
  };
  sigma.getMouseCaptor().on("mouseup", endPan);

  return () => {
    sigma.getMouseCaptor().removeListener("mouseup", endPan);
    sigma.removeAllListeners();
  };
}
