import { isSymmetric } from "../../../domain";
import {
  curvatureOf,
  edgeSizeOf,
  nodeSizeOf,
  type Appearance,
  type EdgeAttributes,
  type Highlight,
  type NodeAttributes,
  type Visibility,
} from "../graph";
import {
  DIMMED_EDGE_COLOR,
  DIMMED_NODE_COLOR,
  HIGHLIGHT_EDGE_COLOR,
  REJECTED_EDGE_COLOR,
  displayName,
  edgeColor,
  nodeColor,
  relationLabel,
  type ColorMode,
} from "../graph/styling";

/**
 * Everything the reducers need, computed once per state change rather than once per node per frame.
 * Kept free of sigma imports so the drawing rules are unit-tested in Node.
 */
export interface ViewModel {
  visibility: Visibility;
  /** Hover wins over a highlight (focus, search, expansion, paths, Cypher); null means nothing dims. */
  emphasis: Highlight | null;
  selection: ReadonlySet<string>;
  pinned: ReadonlySet<string>;
  hoveredEdge: string | null;
  /** The relation whose panel is open: drawn like a hovered one. */
  openEdge: string | null;
  colorMode: ColorMode;
  /** Sizes, communities and curvatures: how the data graph is drawn. */
  appearance: Appearance;
  /** A layout is moving a large graph: it is drawn without edges or labels (see view-model). */
  layoutDraft: boolean;
  /** Zoomed in far enough for every edge between labelled nodes to carry its relation type. */
  edgeLabels: boolean;
}

export interface NodeDisplay {
  x: number;
  y: number;
  size: number;
  label: string | null;
  color: string;
  hidden: boolean;
  highlighted: boolean;
  forceLabel: boolean;
  zIndex: number;
}

export interface EdgeDisplay {
  size: number;
  color: string;
  hidden: boolean;
  type: "arrow" | "line" | "curvedArrow" | "curved";
  curvature: number;
  zIndex: number;
  label: string | null;
  forceLabel: boolean;
}

/**
 * Emphasised and selected nodes are forced label candidates; whether a label is drawn is decided per frame
 * by the label placement (rendering/labels.ts), which never lets two overlap.
 */
export function reduceNode(node: string, attrs: NodeAttributes, vm: ViewModel): NodeDisplay {
  const selected = vm.selection.has(node);
  const emphasised = vm.emphasis?.nodes.has(node) ?? false;
  const dimmed = vm.emphasis !== null && !emphasised && !selected;
  const size = nodeSizeOf(vm.appearance, node);
  return {
    x: attrs.x,
    y: attrs.y,
    size: selected ? size + 2 : size,
    label: dimmed || (vm.layoutDraft && !selected && !emphasised) ? null : displayName(attrs.label, attrs.nodeLabel),
    color: dimmed ? DIMMED_NODE_COLOR : nodeColor(attrs.nodeLabel, vm.appearance.community?.get(node), vm.colorMode),
    hidden: !vm.visibility.nodes.has(node),
    highlighted: selected,
    forceLabel: emphasised || selected,
    zIndex: dimmed ? 0 : emphasised || selected ? 2 : 1,
  };
}

export function reduceEdge(edge: string, attrs: EdgeAttributes, vm: ViewModel): EdgeDisplay {
  const curvature = curvatureOf(vm.appearance, edge);
  const size = edgeSizeOf(vm.appearance, edge);
  const curved = curvature !== 0;
  const symmetric = isSymmetric(attrs.relation);
  const type = curved ? (symmetric ? "curved" : "curvedArrow") : symmetric ? "line" : "arrow";
  const hovered = vm.hoveredEdge === edge || vm.openEdge === edge;
  const emphasised = vm.emphasis?.edges.has(edge) ?? false;
  const dimmed = vm.emphasis !== null && !emphasised && !hovered;
  // On a focused neighbourhood every relation says its type; elsewhere only once zoomed in.
  const labelled = !dimmed && !vm.layoutDraft && (hovered || (vm.emphasis !== null && emphasised) || vm.edgeLabels);
  const rejected = attrs.properties.rejected === true;
  const base = rejected ? 1 : size;
  const colour = rejected ? REJECTED_EDGE_COLOR : edgeColor(attrs.relation);
  return {
    size: hovered ? base + 2 : emphasised ? base + 1 : base,
    color: hovered ? HIGHLIGHT_EDGE_COLOR : dimmed ? DIMMED_EDGE_COLOR : colour,
    hidden: vm.layoutDraft || !vm.visibility.edges.has(edge),
    type,
    curvature,
    zIndex: dimmed ? 0 : hovered ? 2 : 1,
    label: labelled ? `${rejected ? "rejected: " : ""}${relationLabel(attrs.relation)}` : null,
    forceLabel: hovered || (vm.emphasis !== null && emphasised),
  };
}
