import Sigma from "sigma";
import type { CameraState as SigmaCamera } from "sigma/types";
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "../graph";
import type { Actions, AppState, CameraState, Store } from "../state";
import { bindEvents } from "./events";
import type { PlacedLabel } from "./label-placement";
import { createLabelLayer } from "./labels";
import { reduceEdge, reduceNode, type ViewModel } from "./reducers";
import { EDGE_EVENTS_MAX_EDGES, EDGE_LABELS_MAX_EDGES, HIDE_EDGES_ON_MOVE_ABOVE, SIGMA_SETTINGS } from "./settings";
import { snapshot, type SnapshotOptions } from "./snapshot";
import { createViewModelCache, zoomedIn } from "./view-model";

/** What the rest of the app may ask of the view; nothing outside rendering/ sees sigma itself. */
export interface ViewCommands {
  /** Frames the nodes (all of them inside the stage, with a margin), animated unless told otherwise. */
  centreOn(nodes: string[], options?: { animate?: boolean }): void;
  zoom(factor: number): void;
  fit(): void;
  setCamera(camera: CameraState): void;
  /** True while the camera animates or the user drags it. */
  isMoving(): boolean;
  exportImage(options?: SnapshotOptions): Promise<Blob>;
  /** Viewport (CSS pixel) positions of the visible nodes, for box and lasso selection. */
  viewportPositions(): Map<string, { x: number; y: number }>;
  /** The relations drawn (not filtered out or hidden). */
  visibleEdges(): ReadonlySet<string>;
  /** The node labels drawn in the last frame, with their boxes (CSS pixels of the stage). */
  labelBoxes(): PlacedLabel[];
  /** The edges whose relation type was written in the last frame. */
  edgeLabels(): string[];
  kill(): void;
}

/** The camera reaches the store (and the link) this long after it stops moving. */
const CAMERA_REPORT_MS = 200;
const FRAME_MARGIN_PX = 48;
const ANIMATION_MS = 500;

export function createRenderer(
  container: HTMLElement,
  graph: ExplorerGraph,
  store: Store<AppState>,
  actions: Actions,
): ViewCommands {
  const viewModelOf = createViewModelCache(graph, HIDE_EDGES_ON_MOVE_ABOVE);
  let vm: ViewModel = viewModelOf(store.get());

  // The hovered node, then the focused one, win the label space around them.
  const labelPriority = () => [store.get().hoveredNode, store.get().focus].filter((n): n is string => n !== null);
  const labels = createLabelLayer(labelPriority);
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    ...SIGMA_SETTINGS,
    ...labels.settings,
    enableEdgeEvents: graph.size <= EDGE_EVENTS_MAX_EDGES,
    renderEdgeLabels: graph.size <= EDGE_LABELS_MAX_EDGES,
    hideEdgesOnMove: graph.size > HIDE_EDGES_ON_MOVE_ABOVE,
    nodeReducer: (node, attrs) => reduceNode(node, attrs, vm),
    edgeReducer: (edge, attrs) => reduceEdge(edge, attrs, vm),
  });
  labels.attach(sigma);

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
      state.edge?.id !== previous.edge?.id ||
      state.focus !== previous.focus ||
      state.colorMode !== previous.colorMode ||
      state.appearance !== previous.appearance ||
      zoomedIn(state) !== zoomedIn(previous);
    if (!looksChanged && state.layoutRunning === previous.layoutRunning) return;
    const wasDraft = vm.layoutDraft;
    vm = viewModelOf(state);
    if (!looksChanged) {
      // A layout started or ended. On a large graph the draft starts with the first positions it shows and
      // ends in the frame that shows its last: a redraw of its own costs as much as a step of the layout.
      draftPending = vm.layoutDraft && !wasDraft;
      if (wasDraft && !vm.layoutDraft)
        sigma.refresh({ partialGraph: { nodes: graph.nodes(), edges: graph.edges() }, schedule: true });
      return;
    }
    draftPending = false;
    if (state.graphVersion !== previous.graphVersion) {
      sigma.setSetting("hideEdgesOnMove", graph.size > HIDE_EDGES_ON_MOVE_ABOVE);
      sigma.setSetting("enableEdgeEvents", graph.size <= EDGE_EVENTS_MAX_EDGES);
      sigma.setSetting("renderEdgeLabels", graph.size <= EDGE_LABELS_MAX_EDGES);
    }
    // Hover only changes looks; structure changes need sigma to re-index (refresh does both).
    sigma.refresh({
      skipIndexation:
        state.graphVersion === previous.graphVersion &&
        state.appearance.nodeSize === previous.appearance.nodeSize &&
        state.hidden === previous.hidden &&
        state.filters === previous.filters &&
        vm.layoutDraft === wasDraft,
    });
  });

  const unbind = bindEvents(sigma, graph, store, actions);

  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  const reportCamera = () => {
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => {
      const { x, y, ratio } = sigma.getCamera().getState();
      actions.cameraChanged({ x, y, ratio });
    }, CAMERA_REPORT_MS);
  };
  sigma.getCamera().on("updated", reportCamera);

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

  /**
   * The camera that shows every given node inside the stage with a margin: centred on their box, then
   * widened until the farthest fits (sigma's framing depends on the stage's shape, so it is checked, not guessed).
   */
  function framing(nodes: string[]): SigmaCamera | null {
    const points = nodes
      .map((n) => sigma.getNodeDisplayData(n))
      .filter((d): d is NonNullable<typeof d> => d !== undefined && !d.hidden);
    if (points.length === 0) return null;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const current = sigma.getCamera().getState();
    const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, angle: current.angle };
    if (points.length === 1) return { ...centre, ratio: Math.min(current.ratio, 0.6) };
    const { width, height } = sigma.getDimensions();
    const fits = (camera: SigmaCamera) =>
      points.every((p) => {
        const at = sigma.framedGraphToViewport(p, { cameraState: camera });
        const radius = sigma.scaleSize(p.size, camera.ratio);
        return (
          at.x - radius >= FRAME_MARGIN_PX &&
          at.x + radius <= width - FRAME_MARGIN_PX &&
          at.y - radius >= FRAME_MARGIN_PX &&
          at.y + radius <= height - FRAME_MARGIN_PX
        );
      });
    let ratio = Math.max(Math.max(maxX - minX, maxY - minY) * 1.1, 0.05);
    for (let attempt = 0; attempt < 30 && !fits({ ...centre, ratio }); attempt++) ratio *= 1.15;
    return { ...centre, ratio: Math.min(ratio, SIGMA_SETTINGS.maxCameraRatio ?? 4) };
  }

  function centreOn(nodes: string[], options: { animate?: boolean } = {}): void {
    const camera = framing(nodes);
    if (!camera) return;
    if (options.animate === false) sigma.getCamera().setState(camera);
    else void sigma.getCamera().animate(camera, { duration: ANIMATION_MS });
  }

  return {
    centreOn,
    zoom: (factor) => void sigma.getCamera().animate({ ratio: sigma.getCamera().ratio / factor }, { duration: 250 }),
    fit: () => void sigma.getCamera().animatedReset({ duration: 400 }),
    setCamera: (camera) => sigma.getCamera().setState({ ...camera, angle: 0 }),
    isMoving: () => sigma.getCamera().isAnimated() || sigma.getMouseCaptor().isMoving,
    exportImage: (options) => snapshot(sigma, labelPriority, options),
    viewportPositions() {
      const positions = new Map<string, { x: number; y: number }>();
      for (const node of vm.visibility.nodes) {
        const data = sigma.getNodeDisplayData(node);
        if (data) positions.set(node, sigma.framedGraphToViewport(data));
      }
      return positions;
    },
    visibleEdges: () => vm.visibility.edges,
    labelBoxes: () => labels.placed(),
    edgeLabels: () => labels.placedEdges(),
    kill() {
      unsubscribe();
      clearTimeout(cameraTimer);
      graph.removeListener("eachNodeAttributesUpdated", draftWithPositions);
      unbind();
      labels.detach();
      resizeObserver.disconnect();
      sigma.kill();
    },
  };
}
