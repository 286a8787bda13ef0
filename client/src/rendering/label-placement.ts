/**
 * Which node labels to draw in a frame so that none overlaps another: candidates ranked (the focused or
 * hovered node first, then forced labels, then the rest, larger nodes first), each placed only where it
 * overlaps nothing placed before it. Pure geometry, tested in Node; rendering/labels.ts feeds it from sigma.
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

export interface PlacedLabel {
  key: string;
  label: string;
  box: Box;
}

/** Space kept free around each label, so neighbours never touch. */
const MARGIN = 2;
const CELL = 64;

/**
 * Where sigma's disc label drawer puts the text (left of it at x + size + 3, baseline at y + fontSize / 3),
 * with the font's ascent and descent, and a margin.
 */
export function labelBox(candidate: Pick<LabelCandidate, "x" | "y" | "size">, textWidth: number, fontSize: number): Box {
  const baseline = candidate.y + fontSize / 3;
  return {
    x: candidate.x + candidate.size + 3 - MARGIN,
    y: baseline - fontSize * 0.85 - MARGIN,
    width: textWidth + 2 * MARGIN,
    height: fontSize * 1.1 + 2 * MARGIN,
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
    (a, b) => tier(a) - tier(b) || (first.get(a.key) ?? 0) - (first.get(b.key) ?? 0) || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** Boxes already taken on screen, in a coarse grid of cells so each check looks only at its neighbourhood. */
export class Occupancy {
  private readonly cells = new Map<string, Box[]>();

  private keys(box: Box): string[] {
    const keys: string[] = [];
    for (let cx = Math.floor(box.x / CELL); cx <= Math.floor((box.x + box.width) / CELL); cx++) {
      for (let cy = Math.floor(box.y / CELL); cy <= Math.floor((box.y + box.height) / CELL); cy++) keys.push(`${cx},${cy}`);
    }
    return keys;
  }

  fits(...boxes: Box[]): boolean {
    return boxes.every((box) => this.keys(box).every((key) => !this.cells.get(key)?.some((other) => overlaps(box, other))));
  }

  add(...boxes: Box[]): void {
    for (const box of boxes) {
      for (const key of this.keys(box)) {
        const list = this.cells.get(key);
        if (list) list.push(box);
        else this.cells.set(key, [box]);
      }
    }
  }
}

/** The square a node's disc covers: other labels keep off it. */
export function discBox(node: { x: number; y: number; size: number }): Box {
  return { x: node.x - node.size, y: node.y - node.size, width: 2 * node.size, height: 2 * node.size };
}

/** Greedy placement: each label in rank order takes its box if nothing already placed (or reserved) is there. */
export function placeLabels(ranked: readonly LabelCandidate[], measure: (label: string) => number, fontSize: number, taken: Occupancy = new Occupancy()): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const candidate of ranked) {
    const box = labelBox(candidate, measure(candidate.label), fontSize);
    if (!taken.fits(box)) continue;
    taken.add(box);
    placed.push({ key: candidate.key, label: candidate.label, box });
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
