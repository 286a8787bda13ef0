import { cell } from "../../client/src/panels/cypher-cells";
import { articleCount, groupRelations, isSingleSource } from "../../client/src/panels/relation-support";
import { segmentText } from "../../client/src/panels/segments";
import type { EntityRelation } from "../../client/src/api";
import { edge, node } from "./factories";

describe("segmentText", () => {
  it("cuts text into plain and marked pieces that join back to the original", () => {
    const text = "Norland backs <script>x</script> the Alliance.";
    const segments = segmentText(text, [{ start: 0, end: 7, tag: "State" }, { start: 37, end: 45, tag: "Group" }]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.span).map((s) => s.text)).toEqual(["Norland", "Alliance"]);
  });

  it("drops overlapping and out-of-range spans instead of nesting them", () => {
    const segments = segmentText("Geneva Talks", [{ start: 0, end: 12, tag: "Event" }, { start: 0, end: 6, tag: "Place" }, { start: 5, end: 99, tag: "x" }]);
    expect(segments).toEqual([{ text: "Geneva Talks", span: { start: 0, end: 12, tag: "Event" } }]);
  });
});

function relation(type: "BACKS" | "ATTACKED", outlets: number, articles: unknown): EntityRelation {
  return { type, direction: "out", edge: edge("a", type, "b", { articles }), other: node("b"), evidence: [{ article: "x", sentence: "s" }], outlets };
}

describe("relation support", () => {
  it("reads the article count whether the API gives a number or a list", () => {
    expect(articleCount(relation("BACKS", 1, 3))).toBe(3);
    expect(articleCount(relation("BACKS", 1, ["a", "b"]))).toBe(2);
    expect(articleCount(relation("BACKS", 1, undefined))).toBe(1);
  });

  it("marks relations reported by a single outlet", () => {
    expect(isSingleSource(relation("BACKS", 1, 4))).toBe(true);
    expect(isSingleSource(relation("BACKS", 2, 4))).toBe(false);
  });

  it("groups relations by type, the larger groups and better supported relations first", () => {
    const groups = groupRelations([relation("ATTACKED", 1, 1), relation("BACKS", 1, 1), relation("BACKS", 2, 5)]);
    expect(groups.map(([type, items]) => [type, items.length])).toEqual([["BACKS", 2], ["ATTACKED", 1]]);
    expect(articleCount(groups[0][1][0])).toBe(5);
  });
});

describe("Cypher result cells", () => {
  it("shows nodes by name, relations by type and other values as text", () => {
    expect(cell({ labels: ["State"], properties: { name: "Norland" } })).toBe("Norland");
    expect(cell({ type: "BACKS", properties: {} })).toBe(":BACKS");
    expect(cell(42)).toBe("42");
    expect(cell(null)).toBe("");
    expect(cell({ a: 1 })).toBe('{"a":1}');
  });
});
