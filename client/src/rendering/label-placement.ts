/**
 * Which labels to draw in a frame, and where, so that none overlaps another: candidates ranked (the focused
 * or hovered node first, then forced labels, then the rest, larger nodes first), each placed on the first
 * side of its node where it overlaps nothing placed before it. Pure geometry, tested in Node;
 * rendering/labels.ts feeds it from sigma.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelCandidate {
  key: string;
  label: string;
  /** Viewport position of the node's centre and its drawn radius, in CSS pixels. */
  x: number;
  y: number;
  size: number;
  forceLabel: boolean;
}

export type LabelSide = "right" | "left" | "below" | "above";

export interface PlacedLabel {
  key: string;
  label: string;
  box: Box;
  side: LabelSide;
  /** Where the text starts, on its baseline. */
  textX: number;
  textY: number;
}

/** Space kept free around each label, so neighbours never touch. */
const MARGIN = 2;
const CELL = 64;
/** The sides tried in turn: sigma's own (right) first. */
const SIDES: LabelSide[] = ["right", "left", "below", "above"];

/**
 * The text's box on one side of its node, with the font's ascent and descent and a margin; on the right it
 * is where sigma's disc label drawer writes it (at x + size + 3, baseline at y + fontSize / 3).
 */
export function labelBox(
  candidate: Pick<LabelCandidate, "x" | "y" | "size">,
  textWidth: number,
  fontSize: number,
  side: LabelSide = "right",
): { box: Box; textX: number; textY: number } {
  const { x, y, size } = candidate;
  const [textX, textY] =
    side === "right"
      ? [x + size + 3, y + fontSize / 3]
      : side === "left"
        ? [x - size - 3 - textWidth, y + fontSize / 3]
        : side === "below"
          ? [x - textWidth / 2, y + size + 2 + fontSize * 0.85]
          : [x - textWidth / 2, y - size - 2 - fontSize * 0.25];
  return {
    box: {
      x: textX - MARGIN,
      y: textY - fontSize * 0.85 - MARGIN,
      width: textWidth + 2 * MARGIN,
      height: fontSize * 1.1 + 2 * MARGIN,
    },
    textX,
    textY,
  };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Larger first, then by key so equal frames always give equal pictures. */
export function rankCandidates(candidates: LabelCandidate[], priority: readonly string[]): LabelCandidate[] {
  const first = new Map(priority.map((key, i) => [key, i]));
  const tier = (c: LabelCandidate) => (first.has(c.key) ? 0 : c.forceLabel ? 1 : 2);
  return [...candidates].sort(
    (a, b) =>
      tier(a) - tier(b) ||
      (first.get(a.key) ?? 0) - (first.get(b.key) ?? 0) ||
      b.size - a.size ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** An occupied box; labels block everything, a node's disc blocks the labels of nodes no larger than it. */
interface Taken {
  box: Box;
  weight: number;
}

/** Boxes already taken on screen, in a coarse grid of cells so each check looks only at its neighbourhood. */
export class Occupancy {
  private readonly cells = new Map<string, Taken[]>();

  private keys(box: Box): string[] {
    const keys: string[] = [];
    for (let cx = Math.floor(box.x / CELL); cx <= Math.floor((box.x + box.width) / CELL); cx++) {
      for (let cy = Math.floor(box.y / CELL); cy <= Math.floor((box.y + box.height) / CELL); cy++)
        keys.push(`${cx},${cy}`);
    }
    return keys;
  }

  /** True when no box of at least `weight` overlaps any of these (labels have infinite weight). */
  fits(boxes: Box[], weight = 0): boolean {
    return boxes.every((box) =>
      this.keys(box).every(
        (key) => !this.cells.get(key)?.some((other) => other.weight >= weight && overlaps(box, other.box)),
      ),
    );
  }

  add(boxes: Box[], weight = Infinity): void {
    for (const box of boxes) {
      for (const key of this.keys(box)) {
        const list = this.cells.get(key);
        if (list) list.push({ box, weight });
        else this.cells.set(key, [{ box, weight }]);
      }
    }
  }
}

/** The square a node's disc covers, with its size as the weight that keeps smaller nodes' labels off it. */
export function discBox(node: { x: number; y: number; size: number }): Box {
  return { x: node.x - node.size, y: node.y - node.size, width: 2 * node.size, height: 2 * node.size };
}

/**
 * Greedy placement in rank order: each label takes the first side of its node (right, left, below, above)
 * where it overlaps no label placed before it and no disc of a node at least as large as its own; a hub's
 * name may cover a small neighbour's edge, a small node's name never covers a hub. Labels listed in
 * `overDiscs` (the focused or hovered node) only keep clear of other labels.
 */
export function placeLabels(
  ranked: readonly LabelCandidate[],
  measure: (label: string) => number,
  fontSize: number,
  taken: Occupancy = new Occupancy(),
  overDiscs: ReadonlySet<string> = new Set(),
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const candidate of ranked) {
    const width = measure(candidate.label);
    const weight = overDiscs.has(candidate.key) ? Infinity : candidate.size;
    for (const side of SIDES) {
      const { box, textX, textY } = labelBox(candidate, width, fontSize, side);
      if (!taken.fits([box], weight)) continue;
      taken.add([box]);
      placed.push({ key: candidate.key, label: candidate.label, box, side, textX, textY });
      break;
    }
  }
  return placed;
}
/**
 * Where sigma writes an edge's label: along the segment between the two discs, centred, just beside the line
 * (drawStraightEdgeLabel), cut to the segment's length. As squares strung along the text, so a diagonal label
 * does not claim its whole bounding rectangle. Null when the segment is too short for sigma to write on.
 */
export function edgeLabelBoxes(
  source: { x: number; y: number; size: number },
  target: { x: number; y: number; size: number },
  edgeSize: number,
  textWidth: number,
  fontSize: number,
): Box[] | null {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const distance = Math.hypot(dx, dy);
  if (distance < source.size + target.size) return null;
  const ux = dx / distance;
  const uy = dy / distance;
  const sx = source.x + ux * source.size;
  const sy = source.y + uy * source.size;
  const length = distance - source.size - target.size;
  const width = Math.min(textWidth, length);
  // Text upright: sigma turns the text half round for leftward (and straight vertical) edges.
  const flip = ux <= 0 ? -1 : 1;
  const nx = -uy * flip;
  const ny = ux * flip;
  const offset = edgeSize / 2 + fontSize * 0.6;
  const cx = sx + ux * (length / 2) + nx * offset;
  const cy = sy + uy * (length / 2) + ny * offset;
  const boxes: Box[] = [];
  const steps = Math.max(1, Math.ceil(width / fontSize));
  for (let i = 0; i < steps; i++) {
    const t = -width / 2 + (width * (i + 0.5)) / steps;
    const half = fontSize / 2 + MARGIN;
    boxes.push({ x: cx + ux * t - half, y: cy + uy * t - half, width: 2 * half, height: 2 * half });
  }
  return boxes;
}

function curvePoint(
  t: number,
  p0: { x: number; y: number },
  p1: { x: number; y: number },
  p2: { x: number; y: number },
): { x: number; y: number } {
  return {
    x: (1 - t) ** 2 * p0.x + 2 * (1 - t) * t * p1.x + t ** 2 * p2.x,
    y: (1 - t) ** 2 * p0.y + 2 * (1 - t) * t * p1.y + t ** 2 * p2.y,
  };
}

/**
 * Where @sigma/edge-curve writes a curved edge's label: along the quadratic curve through the anchor it
 * bends to, moved off the line by the edge's thickness (the same construction as its createDrawCurvedEdgeLabel),
 * centred on the curve. As squares along that stretch of the curve; null when the curve is too short.
 */
export function curvedEdgeLabelBoxes(
  source: { x: number; y: number; size: number },
  target: { x: number; y: number; size: number },
  curvature: number,
  edgeSize: number,
  textWidth: number,
  fontSize: number,
): Box[] | null {
  const ltr = source.x < target.x;
  const [a, b] = ltr ? [source, target] : [target, source];
  const orientation = ltr ? 1 : -1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const diff = Math.hypot(dx, dy);
  if (diff === 0) return null;
  const anchor = {
    x: (a.x + b.x) / 2 + dy * curvature * orientation,
    y: (a.y + b.y) / 2 - dx * curvature * orientation,
  };
  const offset = edgeSize * 0.7 + 5;
  const shift = (from: { x: number; y: number }, vx: number, vy: number) => {
    const length = Math.hypot(vx, vy) || 1;
    return { x: from.x + (offset * vx) / length, y: from.y + (offset * vy) / length };
  };
  const p0 = shift(a, anchor.y - a.y, -(anchor.x - a.x));
  const p2 = shift(b, b.y - anchor.y, -(b.x - anchor.x));
  const p1 = { x: anchor.x + (offset * dy) / diff, y: anchor.y - (offset * dx) / diff };
  let length = 0;
  let last = p0;
  for (let i = 1; i <= 20; i++) {
    const point = curvePoint(i / 20, p0, p1, p2);
    length += Math.hypot(point.x - last.x, point.y - last.y);
    last = point;
  }
  const available = length - source.size - target.size;
  if (available <= 0) return null;
  const width = Math.min(textWidth, available);
  const steps = Math.max(1, Math.ceil(width / fontSize));
  const boxes: Box[] = [];
  for (let i = 0; i < steps; i++) {
    const t = 0.5 + (-width / 2 + (width * (i + 0.5)) / steps) / length;
    const at = curvePoint(t, p0, p1, p2);
    const half = fontSize * 0.8 + MARGIN;
    boxes.push({ x: at.x - half, y: at.y - half, width: 2 * half, height: 2 * half });
  }
  return boxes;
}
