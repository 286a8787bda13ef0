import { decodePositions, encodePositions } from "../../client/src/graph";
import { seeded } from "./factories";

describe("positions in a link", () => {
  it("restores every node's position to within a 65,536th of the layout's size", () => {
    const random = seeded(3);
    const positions = new Map(
      Array.from({ length: 300 }, (_, i) => [`node-${i}`, { x: random() * 2000 - 1000, y: random() * 500 }]),
    );
    const code = encodePositions(positions);
    expect(code.length).toBeLessThan(1700);
    expect(code).toMatch(/^[\w.~-]+$/);
    const back = decodePositions(code, [...positions.keys()].reverse())!;
    for (const [id, p] of positions) {
      expect(Math.abs(back.get(id)!.x - p.x)).toBeLessThan(2000 / 65535);
      expect(Math.abs(back.get(id)!.y - p.y)).toBeLessThan(500 / 65535);
    }
  });

  it("restores nothing on other nodes than it was made for, or from a damaged code", () => {
    const code = encodePositions(
      new Map([
        ["a", { x: 1, y: 2 }],
        ["b", { x: 3, y: -4 }],
      ]),
    );
    expect(decodePositions(code, ["a", "c"])).toBeNull();
    expect(decodePositions(code, ["a"])).toBeNull();
    expect(decodePositions(code.slice(0, -2), ["a", "b"])).toBeNull();
    expect(decodePositions("p2~x~y~z", ["a", "b"])).toBeNull();
    expect(decodePositions(code.replace(/~[^~]*$/, "~!!"), ["a", "b"])).toBeNull();
  });

  it("handles a single node and an empty graph", () => {
    expect(decodePositions(encodePositions(new Map([["only", { x: 5, y: 6 }]])), ["only"])).toEqual(
      new Map([["only", { x: 5, y: 6 }]]),
    );
    expect(encodePositions(new Map())).toBe("");
  });
});
