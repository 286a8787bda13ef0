import { toBlob } from "@sigma/export-image";
import Sigma from "sigma";
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "../graph";
import type { Actions, AppState, Store } from "../state";
import { bindEvents } from "./events";
import { reduceEdge, reduceNode, type ViewModel } from "./reducers";
import { EDGE_EVENTS_MAX_EDGES, HIDE_EDGES_ON_MOVE_ABOVE, SIGMA_SETTINGS } from "./settings";
import { createViewModelCache } from "./view-model";

/** What the rest of the app may ask of the view; nothing outside rendering/ sees sigma itself. */
export interface ViewCommands {
  centreOn(nodes: string[]): void;
  zoom(factor: number): void;
  fit(): void;
  exportImage(): Promise<Blob>;
  /** Viewport (CSS pixel) positions of the visible nodes, for box and lasso selection. */
  viewportPositions(): Map<string, { x: number; y: number }>;
  kill(): void;
}

export function createRenderer(container: HTMLElement, graph: ExplorerGraph, store: Store<AppState>, actions: Actions): ViewCommands {
  const viewModelOf = createViewModelCache(graph, HIDE_EDGES_ON_MOVE_ABOVE);
  let vm: ViewModel = viewModelOf(store.get());

  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    ...SIGMA_SETTINGS,
    enableEdgeEvents: graph.size <= EDGE_EVENTS_MAX_EDGES,
    hideEdgesOnMove: graph.size > HIDE_EDGES_ON_MOVE_ABOVE,
    nodeReducer: (node, attrs) => reduceNode(node, attrs, vm),
    edgeReducer: (edge, attrs) => reduceEdge(edge, attrs, vm),
  });

  // Set when a layout has started on a large graph and its draft look is to come with its first positions.
  // Sigma re-reads every node for new positions itself; the edges are added here.
  let draftPending = false;
  const draftWithPositions = () => {
    if (!draftPending) return;
    draftPending = false;
    sigma.refresh({ partialGraph: { edges: graph.edges() }, schedule: true });
  };
  graph.on("eachNodeAttributesUpdated", draftWithPositions);

  const unsubscribe = store.subscribe((state, previous) => {
    const looksChanged =
      state.filters !== previous.filters ||
      state.hidden !== previous.hidden ||
      state.graphVersion !== previous.graphVersion ||
      state.selection !== previous.selection ||
      state.pinned !== previous.pinned ||
      state.highlight !== previous.highlight ||
      state.hoveredNode !== previous.hoveredNode ||
      state.hoveredEdge?.id !== previous.hoveredEdge?.id ||
      state.colorMode !== previous.colorMode;
    if (!looksChanged && state.layoutRunning === previous.layoutRunning) return;
    const wasDraft = vm.layoutDraft;
    vm = viewModelOf(state);
    if (!looksChanged) {
      // A layout started or ended. On a large graph the draft starts with the first positions it shows and
      // ends in the frame that shows its last: a redraw of its own costs as much as a step of the layout.
      draftPending = vm.layoutDraft && !wasDraft;
      if (wasDraft && !vm.layoutDraft) sigma.refresh({ partialGraph: { nodes: graph.nodes(), edges: graph.edges() }, schedule: true });
      return;
    }
    draftPending = false;
    if (state.graphVersion !== previous.graphVersion) {
      sigma.setSetting("hideEdgesOnMove", graph.size > HIDE_EDGES_ON_MOVE_ABOVE);
      sigma.setSetting("enableEdgeEvents", graph.size <= EDGE_EVENTS_MAX_EDGES);
    }
    // Hover only changes looks; structure changes need sigma to re-index (refresh does both).
    sigma.refresh({
      skipIndexation:
        state.graphVersion === previous.graphVersion && state.hidden === previous.hidden && state.filters === previous.filters && vm.layoutDraft === wasDraft,
    });
  });

  const unbind = bindEvents(sigma, graph, store, actions);
  // The stage shrinks when the side panel opens; sigma only listens to window resizes by itself. The
  // observer also reports the size sigma was built at, once, and redrawing the graph for that cost 2 s
  // at 10k nodes in software WebGL: only a change of size counts.
  let size = { width: container.offsetWidth, height: container.offsetHeight };
  const resizeObserver = new ResizeObserver(() => {
    const now = { width: container.offsetWidth, height: container.offsetHeight };
    if (now.width === size.width && now.height === size.height) return;
    size = now;
    sigma.resize();
    sigma.scheduleRefresh();
  });
  resizeObserver.observe(container);

  function centreOn(nodes: string[]): void {
    const points = nodes.map((n) => sigma.getNodeDisplayData(n)).filter((d) => d !== undefined);
    if (points.length === 0) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const extent = Math.max(maxX - minX, maxY - minY);
    // A lone node keeps the current zoom (capped so it is not a speck); a group is framed with some margin.
    const ratio = points.length === 1 ? Math.min(sigma.getCamera().ratio, 0.6) : Math.min(Math.max(extent * 1.4, 0.08), 1.2);
    sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 500 });
  }

  return {
    centreOn,
    zoom: (factor) => sigma.getCamera().animate({ ratio: sigma.getCamera().ratio / factor }, { duration: 250 }),
    fit: () => sigma.getCamera().animatedReset({ duration: 400 }),
    exportImage: () => toBlob(sigma, { format: "png", backgroundColor: "#0f1218" }),
    viewportPositions() {
      const positions = new Map<string, { x: number; y: number }>();
      for (const node of vm.visibility.nodes) {
        const data = sigma.getNodeDisplayData(node);
        if (data) positions.set(node, sigma.framedGraphToViewport(data));
      }
      return positions;
    },
    kill() {
      unsubscribe();
      graph.removeListener("eachNodeAttributesUpdated", draftWithPositions);
      unbind();
      resizeObserver.disconnect();
      sigma.kill();
    },
  };
}
