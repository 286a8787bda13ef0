import type { Settings } from "sigma/settings";
import { drawDiscNodeHover, type NodeHoverDrawingFunction } from "sigma/rendering";
import type { EdgeAttributes, NodeAttributes } from "../graph";

/** The default hover chip is white; its text must be dark even though labels on the canvas are light. */
const drawNodeHover: NodeHoverDrawingFunction<NodeAttributes, EdgeAttributes> = (context, data, settings) =>
  drawDiscNodeHover(context, data, { ...settings, labelColor: { color: "#10131a" } });

/**
 * Label density: sigma's grid offers a candidate label for nearly every node on screen drawn 5 px or more across
 * (at rest, every node with a relation; isolated ones once zoomed in), in fine cells; rendering/labels.ts then
 * draws only those that overlap nothing, bigger nodes first, so most nodes are named and none collide. The edge programs come with the label layer (labels.ts), keyed by the
 * `type` the edge reducer returns.
 */
export const SIGMA_SETTINGS: Partial<Settings<NodeAttributes, EdgeAttributes>> = {
  defaultEdgeType: "arrow",
  renderEdgeLabels: true,
  edgeLabelFont: "sans-serif",
  edgeLabelSize: 10,
  edgeLabelColor: { color: "#aab4c4" },
  enableEdgeEvents: true,
  // A plain generic family: with "Inter, system-ui, ..." (Inter absent) every label drawn made the browser
  // resolve the font stack again, and labels took 300 ms of each frame at 3k nodes (bench/explorer-bench.ts).
  labelFont: "sans-serif",
  labelSize: 12,
  labelWeight: "normal",
  labelColor: { color: "#dfe4ee" },
  labelDensity: 1,
  labelGridCellSize: 50,
  labelRenderedSizeThreshold: 5,
  defaultDrawNodeHover: drawNodeHover,
  zIndex: true,
  minCameraRatio: 0.02,
  maxCameraRatio: 4,
  hideEdgesOnMove: false,
  stagePadding: 60,
};

/**
 * Up to this many edges sigma considers edge labels at all: choosing them walks every edge at every frame
 * (most get none: only a focused neighbourhood's edges, or all of them once zoomed in, carry their type).
 */
export const EDGE_LABELS_MAX_EDGES = 20000;

/** Above this many edges, edges are hidden while panning so the view stays fluid. */
export const HIDE_EDGES_ON_MOVE_ABOVE = 15000;

/**
 * Edge hover makes sigma draw every edge a second time, for picking, at every frame: at 1k nodes / 3k
 * edges that made panning 6x slower (bench/explorer-bench.ts). Above this many edges hover is off.
 */
export const EDGE_EVENTS_MAX_EDGES = 2000;
