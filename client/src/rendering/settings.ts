import EdgeCurveProgram, { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import type { Settings } from "sigma/settings";
import { EdgeArrowProgram, EdgeLineProgram, drawDiscNodeHover, type NodeHoverDrawingFunction } from "sigma/rendering";
import type { EdgeAttributes, NodeAttributes } from "../graph";

/** The default hover chip is white; its text must be dark even though labels on the canvas are light. */
const drawNodeHover: NodeHoverDrawingFunction<NodeAttributes, EdgeAttributes> = (context, data, settings) =>
  drawDiscNodeHover(context, data, { ...settings, labelColor: { color: "#10131a" } });

/**
 * Label density: a coarse grid and a size threshold keep labels to the bigger nodes until the user zooms in.
 * Edge program keys match the `type` the edge reducer returns.
 */
export const SIGMA_SETTINGS: Partial<Settings<NodeAttributes, EdgeAttributes>> = {
  defaultEdgeType: "arrow",
  edgeProgramClasses: {
    arrow: EdgeArrowProgram,
    line: EdgeLineProgram,
    curved: EdgeCurveProgram,
    curvedArrow: EdgeCurvedArrowProgram,
  },
  renderEdgeLabels: false,
  enableEdgeEvents: true,
  // A plain generic family: with "Inter, system-ui, ..." (Inter absent) every label drawn made the browser
  // resolve the font stack again, and labels took 300 ms of each frame at 3k nodes (bench/explorer-bench.ts).
  labelFont: "sans-serif",
  labelSize: 12,
  labelWeight: "normal",
  labelColor: { color: "#dfe4ee" },
  labelDensity: 0.6,
  labelGridCellSize: 90,
  labelRenderedSizeThreshold: 7,
  defaultDrawNodeHover: drawNodeHover,
  zIndex: true,
  minCameraRatio: 0.02,
  maxCameraRatio: 4,
  hideEdgesOnMove: false,
  stagePadding: 60,
};

/** Above this many edges, edges are hidden while panning so the view stays fluid. */
export const HIDE_EDGES_ON_MOVE_ABOVE = 15000;

/**
 * Edge hover makes sigma draw every edge a second time, for picking, at every frame: at 1k nodes / 3k
 * edges that made panning 6x slower (bench/explorer-bench.ts). Above this many edges hover is off.
 */
export const EDGE_EVENTS_MAX_EDGES = 2000;
