export interface JsonBounds {
  maxDepth: number;
  maxValues: number;
}

/**
 * Why a parsed JSON value is beyond the bounds, or undefined. Walks without recursion: a 10,000-deep
 * value must not overflow the check that is there to refuse it.
 */
export function jsonShapeProblem(value: unknown, { maxDepth, maxValues }: JsonBounds): string | undefined {
  const stack: [unknown, number][] = [[value, 0]];
  let values = 0;
  while (stack.length) {
    const [current, depth] = stack.pop() as [unknown, number];
    values += 1;
    if (values > maxValues) return `hold more than ${maxValues} values`;
    if (current === null || typeof current !== "object") continue;
    if (depth >= maxDepth) return `nest deeper than ${maxDepth} levels`;
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push([child, depth + 1]);
  }
  return undefined;
}
