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

  // Set when a layout has started on a large graph and its edges are to hide with its first positions.
  let edgesToHide = false;
  const hideEdgesWithPositions = () => {
    if (!edgesToHide) return;
    edgesToHide = false;
    sigma.refresh({ partialGraph: { edges: graph.edges() }, schedule: true });
  };
  graph.on("eachNodeAttributesUpdated", hideEdgesWithPositions);

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
    const edgesWereHidden = vm.edgesHidden;
    vm = viewModelOf(state);
    if (!looksChanged) {
      // A layout started or ended. On a large graph its edges hide with the first positions it shows and
      // come back in the frame that shows its last: a redraw of their own costs as much as a step of the
      // layout (2 s at 10k nodes in software WebGL).
      edgesToHide = vm.edgesHidden && !edgesWereHidden;
      if (edgesWereHidden && !vm.edgesHidden) sigma.refresh({ partialGraph: { edges: graph.edges() }, schedule: true });
      return;
    }
    edgesToHide = false;
    if (state.graphVersion !== previous.graphVersion) {
      sigma.setSetting("hideEdgesOnMove", graph.size > HIDE_EDGES_ON_MOVE_ABOVE);
      sigma.setSetting("enableEdgeEvents", graph.size <= EDGE_EVENTS_MAX_EDGES);
    }
    // Hover only changes looks; structure changes need sigma to re-index (refresh does both).
    sigma.refresh({
      skipIndexation:
        state.graphVersion === previous.graphVersion && state.hidden === previous.hidden && state.filters === previous.filters && vm.edgesHidden === edgesWereHidden,
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
      graph.removeListener("eachNodeAttributesUpdated", hideEdgesWithPositions);
      unbind();
      resizeObserver.disconnect();
      sigma.kill();
    },
  };
}
