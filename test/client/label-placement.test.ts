import { Occupancy, discBox, edgeLabelBoxes, labelBox, overlaps, placeLabels, rankCandidates, type LabelCandidate } from "../../client/src/rendering/label-placement";
import { seeded } from "./factories";

const width = (label: string) => label.length * 7;

function hub(count: number): LabelCandidate[] {
  const random = seeded(7);
  const around = Array.from({ length: count }, (_, i) => {
    const angle = (2 * Math.PI * i) / count;
    const radius = 60 + random() * 30;
    return { key: `leaf-${i}`, label: `Delegate number ${i}`, x: 400 + radius * Math.cos(angle), y: 300 + radius * Math.sin(angle), size: 4, forceLabel: true };
  });
  return [{ key: "hub", label: "Harbour Summit", x: 400, y: 300, size: 18, forceLabel: true }, ...around];
}

describe("label placement", () => {
  it("draws no two labels over each other, even for a hub with forty neighbours crowded around it", () => {
    const placed = placeLabels(rankCandidates(hub(40), []), width, 12);
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i].box, placed[j].box)).toBe(false);
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
    // All at one spot: only the first in rank is drawn.
    expect(placeLabels(rankCandidates(candidates, ["focus"]), width, 12).map((l) => l.key)).toEqual(["focus"]);
  });

  it("keeps labels off what is already taken, such as other nodes' discs", () => {
    const candidate: LabelCandidate = { key: "a", label: "Norland", x: 100, y: 100, size: 5, forceLabel: false };
    const box = labelBox(candidate, width("Norland"), 12);
    expect(box.x).toBeGreaterThan(candidate.x + candidate.size);
    const taken = new Occupancy();
    taken.add(discBox({ x: box.x + 10, y: 100, size: 6 }));
    expect(placeLabels([candidate], width, 12, taken)).toEqual([]);
    expect(placeLabels([candidate], width, 12, new Occupancy()).map((l) => l.key)).toEqual(["a"]);
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
    expect(edgeLabelBoxes({ x: 200, y: 0, size: 5 }, { x: 0, y: 0, size: 5 }, 2, 60, 10)!.every((b) => b.y + b.height / 2 > 0)).toBe(true);
    expect(edgeLabelBoxes({ x: 0, y: 0, size: 5 }, { x: 0, y: 200, size: 5 }, 2, 60, 10)!.every((b) => b.x + b.width / 2 > 0)).toBe(true);
    expect(edgeLabelBoxes({ x: 0, y: 200, size: 5 }, { x: 0, y: 0, size: 5 }, 2, 60, 10)!.every((b) => b.x + b.width / 2 < 0)).toBe(true);
  });
});
