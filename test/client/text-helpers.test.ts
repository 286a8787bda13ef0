import { cellText, csvField, tableCsv, toCell } from "../../client/src/panels/cypher-cells";
import { articleCount, groupRelations, isSingleSource } from "../../client/src/panels/relation-support";
import { segmentText } from "../../client/src/panels/segments";
import type { EntityRelation } from "../../client/src/api";
import { edge, node } from "./factories";

describe("segmentText", () => {
  it("cuts text into plain and marked pieces that join back to the original", () => {
    const text = "Norland backs <script>x</script> the Alliance.";
    const segments = segmentText(text, [
      { start: 0, end: 7, tag: "State" },
      { start: 37, end: 45, tag: "Group" },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.span).map((s) => s.text)).toEqual(["Norland", "Alliance"]);
  });

  it("drops overlapping and out-of-range spans instead of nesting them", () => {
    const segments = segmentText("Geneva Talks", [
      { start: 0, end: 12, tag: "Event" },
      { start: 0, end: 6, tag: "Place" },
      { start: 5, end: 99, tag: "x" },
    ]);
    expect(segments).toEqual([{ text: "Geneva Talks", span: { start: 0, end: 12, tag: "Event" } }]);
  });
});

function relation(type: "BACKS" | "ATTACKED", outlets: number, articles: number | undefined): EntityRelation {
  return {
    type,
    direction: "out",
    edge: edge("a", type, "b", { articles }),
    other: node("b"),
    evidence: [{ article: "x", title: null, source: null, date: null, sentence: "s", start: 0, end: 1 }],
    evidenceTotal: 1,
    articles: 1,
    outlets,
  };
}

describe("relation support", () => {
  it("reads the article count from the edge, else from the articles of its evidence", () => {
    expect(articleCount(relation("BACKS", 1, 3))).toBe(3);
    expect(articleCount(relation("BACKS", 1, undefined))).toBe(1);
  });

  it("marks relations reported by a single outlet", () => {
    expect(isSingleSource(relation("BACKS", 1, 4))).toBe(true);
    expect(isSingleSource(relation("BACKS", 2, 4))).toBe(false);
  });

  it("groups relations by type, the larger groups and better supported relations first", () => {
    const groups = groupRelations([relation("ATTACKED", 1, 1), relation("BACKS", 1, 1), relation("BACKS", 2, 5)]);
    expect(groups.map(([type, items]) => [type, items.length])).toEqual([
      ["BACKS", 2],
      ["ATTACKED", 1],
    ]);
    expect(articleCount(groups[0][1][0])).toBe(5);
  });
});

describe("Cypher result cells", () => {
  it("reads nodes (articles by title), relations and paths as such, other values as text", () => {
    expect(toCell({ labels: ["Entity", "State"], properties: { id: "state-n", name: "Norland" } })).toEqual({
      kind: "node",
      id: "state-n",
      label: "State",
      name: "Norland",
    });
    expect(toCell({ labels: ["Article"], properties: { id: "art-1", title: "Talks resume" } })).toEqual({
      kind: "node",
      id: "art-1",
      label: "Article",
      name: "Talks resume",
    });
    expect(toCell({ type: "BACKS", properties: { count: 3 } })).toEqual({
      kind: "relation",
      type: "BACKS",
      reports: 3,
    });
    const path = [
      {
        start: { labels: ["State"], properties: { id: "a", name: "A" } },
        relationship: { type: "BACKS", properties: {} },
        end: { labels: ["Group"], properties: { id: "b", name: "B" } },
      },
    ];
    expect(toCell(path)).toMatchObject({
      kind: "path",
      steps: [{ from: { name: "A" }, type: "BACKS", to: { name: "B" } }],
    });
    expect(cellText(toCell(path))).toBe("A -[:BACKS]- B");
    expect(toCell(42)).toEqual({ kind: "value", text: "42" });
    expect(toCell(null)).toEqual({ kind: "empty" });
    expect(toCell({ a: 1 })).toEqual({ kind: "value", text: '{"a":1}' });
    expect(toCell([1, "x"])).toEqual({
      kind: "list",
      items: [
        { kind: "value", text: "1" },
        { kind: "value", text: "x" },
      ],
    });
  });

  it("writes the whole table as CSV, quoting where needed and neutralising formula cells", () => {
    const result = {
      columns: ["name", "note"],
      rows: [
        [{ labels: ["State"], properties: { id: "s", name: "Norland" } }, '=HYPERLINK("x")'],
        ["a, b", "-3"],
        ["@cmd", "line\nbreak"],
      ],
      graph: { nodes: [], edges: [] },
      truncated: false,
      rowLimit: 5000,
    };
    expect(tableCsv(result).split("\r\n")).toEqual([
      "name,note",
      `Norland,"'=HYPERLINK(""x"")"`,
      `"a, b",'-3`,
      `'@cmd,"line\nbreak"`,
      "",
    ]);
    expect(csvField("\tx")).toBe("'\tx");
    expect(csvField("plain")).toBe("plain");
  });
});
