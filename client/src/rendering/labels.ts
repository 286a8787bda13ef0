import {
  createDrawCurvedEdgeLabel,
  createEdgeCurveProgram,
  DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS,
} from "@sigma/edge-curve";
import type Sigma from "sigma";
import {
  DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
  EdgeArrowProgram,
  EdgeLineProgram,
  drawStraightEdgeLabel,
  type EdgeLabelDrawingFunction,
  type NodeLabelDrawingFunction,
} from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "../graph";
import {
  Occupancy,
  curvedEdgeLabelBoxes,
  discBox,
  edgeLabelBoxes,
  placeLabels,
  rankCandidates,
  type Box,
  type LabelCandidate,
  type PlacedLabel,
} from "./label-placement";

type NodeDrawer = NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes>;
type EdgeDrawer = EdgeLabelDrawingFunction<NodeAttributes, EdgeAttributes>;
type NodeArgs = Parameters<NodeDrawer>;
type EdgeArgs = Parameters<EdgeDrawer>;
type ExplorerSigma = Sigma<NodeAttributes, EdgeAttributes>;

/** Up to this many nodes every visible disc on screen keeps labels off it (a pass over the nodes per frame). */
const DISC_OBSTACLES_MAX_NODES = 5000;
/** Text widths are measured once per label and font; the cache is dropped when it grows past this. */
const WIDTH_CACHE_MAX = 20000;

export interface LabelLayer {
  /** Sigma settings that route its label drawing through the layer: spread them into the constructor's settings. */
  settings: Partial<Settings<NodeAttributes, EdgeAttributes>>;
  /** Binds the layer to the sigma built with its settings. */
  attach(sigma: ExplorerSigma): void;
  /** The node labels drawn in the last frame, with their boxes in CSS pixels of the stage. */
  placed(): PlacedLabel[];
  /** The edges whose relation type was drawn in the last frame. */
  placedEdges(): string[];
  detach(): void;
}

/**
 * Sigma draws each label it chooses at once, in label-grid order, and forced labels over whatever is there: a
 * focused hub had dozens of overlapping names, and its edges' types piled up on the spokes. Here sigma's label
 * drawers only collect the frame's candidates. After the frame, node labels are ranked (`priority()` first: the
 * hovered or focused node) and each is drawn only where it overlaps no other label and no node's disc; then
 * edge labels, only where they overlap nothing drawn. They go on sigma's own label layers, which the frame has
 * already cleared and does not touch again until the next one.
 */
export function createLabelLayer(priority: () => readonly string[]): LabelLayer {
  let sigma: ExplorerSigma | null = null;
  let nodeRequests: NodeArgs[] = [];
  let edgeRequests: { draw: EdgeDrawer; args: EdgeArgs; curved: boolean }[] = [];
  let placed: PlacedLabel[] = [];
  let placedEdges: string[] = [];
  let inFrame = false;
  let flushPending = false;
  const widths = new Map<string, number>();

  const measure = (context: CanvasRenderingContext2D, font: string, label: string) => {
    const key = `${font}\u0000${label}`;
    let width = widths.get(key);
    if (width === undefined) {
      if (widths.size > WIDTH_CACHE_MAX) widths.clear();
      context.font = font;
      width = context.measureText(label).width;
      widths.set(key, width);
    }
    return width;
  };

  /**
   * Labels asked for outside a frame the layer saw begin: sigma's first render, inside its constructor before
   * the layer is attached, and its hover-only redraws of edge labels. They are placed once the current task is
   * done; edge labels alone keep clear of the node labels already drawn.
   */
  function flushLater(): void {
    if (inFrame || flushPending) return;
    flushPending = true;
    queueMicrotask(() => {
      flushPending = false;
      if (nodeRequests.length > 0) afterRender();
      else drawEdges(obstacles(placed));
    });
  }

  const collectNode: NodeDrawer = (...args) => {
    if (!args[1].label) return;
    nodeRequests.push(args);
    flushLater();
  };

  const collectEdge =
    (draw: EdgeDrawer, curved: boolean): EdgeDrawer =>
    (...args) => {
      if (!args[1].label) return;
      edgeRequests.push({ draw, args, curved });
      flushLater();
    };

  /** What edge labels drawn on their own must keep clear of: the node labels drawn, and the discs. */
  function obstacles(labels: PlacedLabel[]): Occupancy {
    const taken = new Occupancy();
    taken.add(labels.map((l) => l.box));
    addDiscs(taken);
    return taken;
  }

  function addDiscs(taken: Occupancy): void {
    const s = sigma;
    if (!s) return;
    const graph = s.getGraph() as ExplorerGraph;
    if (graph.order > DISC_OBSTACLES_MAX_NODES) return;
    const { width, height } = s.getDimensions();
    graph.forEachNode((node) => {
      const data = s.getNodeDisplayData(node);
      if (!data || data.hidden) return;
      const at = s.framedGraphToViewport(data);
      if (at.x < -50 || at.y < -50 || at.x > width + 50 || at.y > height + 50) return;
      const size = s.scaleSize(data.size);
      taken.add([discBox({ x: at.x, y: at.y, size })], size);
    });
  }

  /** Node labels, each on the first side of its node that is free (label-placement.ts), in sigma's label style. */
  function drawNodes(taken: Occupancy): void {
    const frame = nodeRequests;
    nodeRequests = [];
    addDiscs(taken);
    if (frame.length === 0) {
      placed = [];
      return;
    }
    const [context, , settings] = frame[0];
    const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const candidates: LabelCandidate[] = frame.map(([, data]) => ({
      key: data.key,
      label: data.label!,
      x: data.x,
      y: data.y,
      size: data.size,
      forceLabel: data.forceLabel === true,
    }));
    const first = priority();
    placed = placeLabels(
      rankCandidates(candidates, first),
      (label) => measure(context, font, label),
      settings.labelSize,
      taken,
      new Set(first),
    );
    context.font = font;
    context.fillStyle = settings.labelColor.color ?? "#000";
    for (const label of placed) context.fillText(label.label, label.textX, label.textY);
  }

  function drawEdges(taken: Occupancy): void {
    const frame = edgeRequests;
    edgeRequests = [];
    placedEdges = [];
    for (const { draw, args, curved } of frame) {
      const [context, edge, source, target, settings] = args;
      const font = `${settings.edgeLabelWeight} ${settings.edgeLabelSize}px ${settings.edgeLabelFont}`;
      const width = measure(context, font, edge.label!);
      const boxes: Box[] | null = curved
        ? curvedEdgeLabelBoxes(
            source,
            target,
            Number((edge as { curvature?: number }).curvature ?? 0),
            edge.size,
            width,
            settings.edgeLabelSize,
          )
        : edgeLabelBoxes(source, target, edge.size, width, settings.edgeLabelSize);
      if (!boxes || !taken.fits(boxes)) continue;
      taken.add(boxes);
      draw(...args);
      placedEdges.push(edge.key);
    }
  }

  const beforeRender = () => {
    inFrame = true;
    nodeRequests = [];
    edgeRequests = [];
  };
  const afterRender = () => {
    inFrame = false;
    // Most frames of a large graph at rest have nothing to label: skip the pass over the discs.
    if (nodeRequests.length === 0 && edgeRequests.length === 0) {
      placed = [];
      placedEdges = [];
      return;
    }
    const taken = new Occupancy();
    drawNodes(taken);
    drawEdges(taken);
  };

  const curveOptions = { ...DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS };
  const drawCurved = createDrawCurvedEdgeLabel(curveOptions) as unknown as EdgeDrawer;
  const settings: Partial<Settings<NodeAttributes, EdgeAttributes>> = {
    defaultDrawNodeLabel: collectNode,
    defaultDrawEdgeLabel: collectEdge(drawStraightEdgeLabel, false),
    edgeProgramClasses: {
      arrow: EdgeArrowProgram,
      line: EdgeLineProgram,
      curved: createEdgeCurveProgram({ ...curveOptions, drawLabel: collectEdge(drawCurved, true) as never }),
      curvedArrow: createEdgeCurveProgram({
        ...curveOptions,
        arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
        drawLabel: collectEdge(drawCurved, true) as never,
      }),
    },
  };

  return {
    settings,
    attach(target) {
      sigma = target;
      target.on("beforeRender", beforeRender);
      target.on("afterRender", afterRender);
    },
    placed: () => placed,
    placedEdges: () => placedEdges,
    detach() {
      sigma?.removeListener("beforeRender", beforeRender);
      sigma?.removeListener("afterRender", afterRender);
      sigma = null;
    },
  };
}
