import {
  Occupancy,
  curvedEdgeLabelBoxes,
  discBox,
  edgeLabelBoxes,
  labelBox,
  overlaps,
  placeLabels,
  rankCandidates,
  type LabelCandidate,
} from "../../client/src/rendering/label-placement";
import { seeded } from "./factories";

const width = (label: string) => label.length * 7;

function hub(count: number): LabelCandidate[] {
  const random = seeded(7);
  const around = Array.from({ length: count }, (_, i) => {
    const angle = (2 * Math.PI * i) / count;
    const radius = 60 + random() * 30;
    return {
      key: `leaf-${i}`,
      label: `Delegate number ${i}`,
      x: 400 + radius * Math.cos(angle),
      y: 300 + radius * Math.sin(angle),
      size: 4,
      forceLabel: true,
    };
  });
  return [{ key: "hub", label: "Harbour Summit", x: 400, y: 300, size: 18, forceLabel: true }, ...around];
}

describe("label placement", () => {
  it("draws no two labels over each other, even for a hub with forty neighbours crowded around it", () => {
    const placed = placeLabels(rankCandidates(hub(40), []), width, 12);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i].box, placed[j].box)).toBe(false);
    expect(placed.length).toBeGreaterThan(5);
    expect(placed.length).toBeLessThan(41);
  });

  it("gives the priority node its place first, then forced labels, then larger nodes", () => {
    const candidates: LabelCandidate[] = [
      { key: "small", label: "small", x: 0, y: 0, size: 3, forceLabel: false },
      { key: "big", label: "big", x: 0, y: 0, size: 12, forceLabel: false },
      { key: "forced", label: "forced", x: 0, y: 0, size: 3, forceLabel: true },
      { key: "focus", label: "focus", x: 0, y: 0, size: 3, forceLabel: false },
    ];
    expect(rankCandidates(candidates, ["focus"]).map((c) => c.key)).toEqual(["focus", "forced", "big", "small"]);
    // All at one spot: the first in rank gets the usual side, the next the other side.
    const placed = placeLabels(rankCandidates(candidates, ["focus"]), width, 12);
    expect(placed.slice(0, 2).map((l) => [l.key, l.side])).toEqual([
      ["focus", "right"],
      ["forced", "left"],
    ]);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i].box, placed[j].box)).toBe(false);
  });

  it("tries the right, then the left, below and above, and gives up only when every side is taken", () => {
    const candidate: LabelCandidate = { key: "a", label: "Norland", x: 100, y: 100, size: 5, forceLabel: false };
    const right = labelBox(candidate, width("Norland"), 12).box;
    expect(right.x).toBeGreaterThan(candidate.x + candidate.size);
    const taken = new Occupancy();
    taken.add([right]);
    const [left] = placeLabels([candidate], width, 12, taken);
    expect(left).toMatchObject({ side: "left" });
    expect(left.box.x + left.box.width).toBeLessThan(candidate.x - candidate.size);
    const boxed = new Occupancy();
    boxed.add([{ x: 0, y: 0, width: 300, height: 300 }]);
    expect(placeLabels([candidate], width, 12, boxed)).toEqual([]);
  });

  it("keeps a label off the discs of nodes at least as large as its own, but lets a hub's name cover a small node", () => {
    const small: LabelCandidate = { key: "small", label: "Delegate", x: 100, y: 100, size: 4, forceLabel: false };
    const hub: LabelCandidate = { key: "hub", label: "Summit", x: 100, y: 100, size: 18, forceLabel: false };
    const discs = () => {
      const taken = new Occupancy();
      // A disc of size 10 on every side of the node.
      for (const [dx, dy] of [
        [40, 0],
        [-40, 0],
        [0, 30],
        [0, -30],
      ])
        taken.add([discBox({ x: 100 + dx, y: 100 + dy, size: 10 })], 10);
      return taken;
    };
    expect(placeLabels([small], width, 12, discs())).toEqual([]);
    expect(placeLabels([hub], width, 12, discs()).map((l) => l.side)).toEqual(["right"]);
    // The focused node's name only keeps clear of other names.
    expect(placeLabels([small], width, 12, discs(), new Set(["small"])).map((l) => l.key)).toEqual(["small"]);
  });

  it("puts an edge label along its edge between the discs, and none on an edge too short to write on", () => {
    const boxes = edgeLabelBoxes({ x: 0, y: 0, size: 5 }, { x: 200, y: 0, size: 5 }, 2, 60, 10)!;
    expect(boxes.length).toBe(6);
    const xs = boxes.map((b) => b.x + b.width / 2);
    expect(Math.min(...xs)).toBeGreaterThan(60);
    expect(Math.max(...xs)).toBeLessThan(140);
    expect(boxes.every((b) => b.y + b.height / 2 > 0)).toBe(true);
    expect(edgeLabelBoxes({ x: 0, y: 0, size: 5 }, { x: 8, y: 0, size: 5 }, 2, 60, 10)).toBeNull();
    // Sigma keeps the text upright: a leftward edge is written below it too, a downward one on its right.
    expect(
      edgeLabelBoxes({ x: 200, y: 0, size: 5 }, { x: 0, y: 0, size: 5 }, 2, 60, 10)!.every(
        (b) => b.y + b.height / 2 > 0,
      ),
    ).toBe(true);
    expect(
      edgeLabelBoxes({ x: 0, y: 0, size: 5 }, { x: 0, y: 200, size: 5 }, 2, 60, 10)!.every(
        (b) => b.x + b.width / 2 > 0,
      ),
    ).toBe(true);
    expect(
      edgeLabelBoxes({ x: 0, y: 200, size: 5 }, { x: 0, y: 0, size: 5 }, 2, 60, 10)!.every(
        (b) => b.x + b.width / 2 < 0,
      ),
    ).toBe(true);
  });

  it("puts a curved edge's label on its bulge, as @sigma/edge-curve writes it", () => {
    const boxes = curvedEdgeLabelBoxes({ x: 0, y: 0, size: 5 }, { x: 200, y: 0, size: 5 }, 0.25, 2, 60, 10)!;
    expect(boxes.length).toBe(6);
    // Curvature 0.25 over 200 px bends the middle 50 px up, and the text sits just beyond the line.
    for (const b of boxes) expect(b.y + b.height / 2).toBeLessThan(-20);
    const xs = boxes.map((b) => b.x + b.width / 2);
    expect(Math.min(...xs)).toBeGreaterThan(60);
    expect(Math.max(...xs)).toBeLessThan(140);
    expect(curvedEdgeLabelBoxes({ x: 0, y: 0, size: 5 }, { x: 0, y: 0, size: 5 }, 0.25, 2, 60, 10)).toBeNull();
  });
});
