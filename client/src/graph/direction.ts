import type { Point } from "./geometry";

export type Direction = "left" | "right" | "up" | "down";

const VECTORS: Record<Direction, Point> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};
/** Candidates more than this far off the arrow's direction (in radians, 60°) are not "that way". */
const MAX_ANGLE = Math.PI / 3;

/**
 * The candidate an arrow key points at from `from` (screen coordinates, y down): within 60° of the arrow,
 * the one with the best mix of closeness and straightness; null when nothing lies that way.
 */
export function pickInDirection(
  from: Point,
  candidates: ReadonlyMap<string, Point>,
  direction: Direction,
): string | null {
  const v = VECTORS[direction];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const [id, p] of candidates) {
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    const angle = Math.acos(Math.max(-1, Math.min(1, (dx * v.x + dy * v.y) / distance)));
    if (angle > MAX_ANGLE) continue;
    const score = distance * (1 + 2 * angle);
    if (score < bestScore || (score === bestScore && best !== null && id < best)) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}
