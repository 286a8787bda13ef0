import type { EntityDetail } from "../../client/src/api/schemas";
import {
  DEFAULT_FILTERS,
  createGraph,
  legendModel,
  mergePayload,
  pickInDirection,
  computeAppearance,
  LABEL_COLORS,
} from "../../client/src/graph";
import { filterEntityDetail, neighbourStatus } from "../../client/src/panels/detail-filter";
import { describeFilters } from "../../client/src/panels/filter-words";
import { edge, node, payload } from "./factories";

function detail(): EntityDetail {
  const relation = (
    type: "BACKS" | "ATTACKED",
    other: string,
    label: "State" | "Group",
    evidence: { article: string; source: string; date: string }[],
    props: Record<string, unknown> = {},
  ) => ({
    type,
    direction: "out" as const,
    edge: { id: `n|${type}|${other}`, source: "n", target: other, type, properties: props },
    other: { id: other, label, name: other.toUpperCase(), properties: {} },
    evidence: evidence.map((e) => ({ ...e, title: e.article, sentence: `${type} ${other}`, start: 0, end: 5 })),
    evidenceTotal: evidence.length,
    articles: new Set(evidence.map((e) => e.article)).size,
    outlets: new Set(evidence.map((e) => e.source)).size,
  });
  return {
    node: { id: "n", label: "State", name: "Norland", properties: {} },
    articles: [
      { id: "a1", title: "One", source: "Harbour Times", date: "2024-03-02", mentions: 1 },
      { id: "a2", title: "Two", source: "Northern Ledger", date: "2024-05-14", mentions: 1 },
    ],
    articlesTotal: 2,
    relations: [
      relation("BACKS", "g", "Group", [{ article: "a1", source: "Harbour Times", date: "2024-03-02" }], {
        firstSeen: "2024-03-02",
        lastSeen: "2024-03-02",
      }),
      relation(
        "ATTACKED",
        "s",
        "State",
        [
          { article: "a1", source: "Harbour Times", date: "2024-03-02" },
          { article: "a2", source: "Northern Ledger", date: "2024-05-14" },
        ],
        { firstSeen: "2024-03-02", lastSeen: "2024-05-14" },
      ),
    ],
    relationsTotal: 2,
  };
}

describe("the entity panel agrees with the filters", () => {
  it("keeps only the chosen outlet's articles, and relations with only that outlet's evidence", () => {
    const filtered = filterEntityDetail(detail(), { ...DEFAULT_FILTERS, source: "Northern Ledger" });
    expect(filtered.articles.map((a) => a.id)).toEqual(["a2"]);
    expect(filtered.relations.map((r) => [r.type, r.evidence.map((e) => e.article)])).toEqual([["ATTACKED", ["a2"]]]);
    expect(filtered).toMatchObject({ hiddenArticles: 1, hiddenRelations: 1 });
  });

  it("drops relations of hidden types, of hidden labels on the other end, and outside the time range", () => {
    expect(filterEntityDetail(detail(), { ...DEFAULT_FILTERS, types: ["BACKS"] }).relations.map((r) => r.type)).toEqual(
      ["BACKS"],
    );
    expect(
      filterEntityDetail(detail(), { ...DEFAULT_FILTERS, labels: ["Group"] }).relations.map((r) => r.type),
    ).toEqual(["BACKS"]);
    expect(filterEntityDetail(detail(), { ...DEFAULT_FILTERS, from: "2024-05" }).relations.map((r) => r.type)).toEqual([
      "ATTACKED",
    ]);
    expect(
      filterEntityDetail(detail(), { ...DEFAULT_FILTERS, from: "2024-05", timeRelations: false }).relations,
    ).toHaveLength(2);
  });

  it("counts the neighbours not yet on the graph, and knows when its list is complete", () => {
    expect(neighbourStatus(detail(), (id) => id === "g")).toEqual({ known: 2, notShown: 1, complete: true });
    expect(neighbourStatus({ ...detail(), relationsTotal: 40 }, () => true)).toEqual({
      known: 2,
      notShown: 0,
      complete: false,
    });
  });
});

describe("arrow keys between neighbours", () => {
  const around = new Map([
    ["right", { x: 200, y: 110 }],
    ["far-right", { x: 400, y: 100 }],
    ["up", { x: 90, y: 0 }],
    ["down-left", { x: 40, y: 160 }],
  ]);
  it("picks the closest, straightest neighbour in the arrow's direction, or none", () => {
    const from = { x: 100, y: 100 };
    expect(pickInDirection(from, around, "right")).toBe("right");
    expect(pickInDirection(from, around, "up")).toBe("up");
    expect(pickInDirection(from, around, "down")).toBe("down-left");
    expect(pickInDirection(from, new Map([["right", { x: 200, y: 110 }]]), "left")).toBeNull();
  });
});

describe("the legend", () => {
  function graph() {
    const g = createGraph();
    mergePayload(
      g,
      payload(
        [node("s", "State"), node("g", "Group"), node("a", "Actor"), node("b", "Actor")],
        [edge("s", "BACKS", "g"), edge("a", "ATTACKED", "s"), edge("b", "LEADS", "g")],
      ),
    );
    return g;
  }

  it("explains entity-type colours with counts, size, and only the relation types loaded", () => {
    const g = graph();
    const model = legendModel(g, computeAppearance(g, { sizeMetric: "degree", colorMode: "label" }), "label", "degree");
    expect(model.colourMeaning).toBe("Colour = entity type");
    expect(model.nodes.find((n) => n.text.startsWith("Actor"))).toEqual({
      color: LABEL_COLORS.Actor,
      text: "Actor (person)",
      count: 2,
    });
    expect(model.sizeMeaning).toMatch(/degree/);
    expect(model.relations.find((c) => c.category === "conflict")!.types.map((t) => [t.text, t.count])).toEqual([
      ["attacked", 1],
    ]);
    expect(model.relations.find((c) => c.category === "event")!.types).toEqual([]);
  });

  it("lists communities with their size and members when colouring by community", () => {
    const g = graph();
    const model = legendModel(
      g,
      computeAppearance(g, { sizeMetric: "pagerank", colorMode: "community" }),
      "community",
      "pagerank",
    );
    expect(model.colourMeaning).toMatch(/^Colour = community \(Louvain\): \d+ found$/);
    expect(model.nodes.reduce((n, c) => n + c.count, 0)).toBe(4);
    expect(model.nodes.every((n) => !Object.values(LABEL_COLORS).includes(n.color))).toBe(true);
    expect(model.sizeMeaning).toMatch(/PageRank/);
  });
});

describe("the PNG caption", () => {
  it("puts the filters in words, and says none for the defaults", () => {
    expect(describeFilters(DEFAULT_FILTERS)).toBe("none");
    expect(
      describeFilters({
        ...DEFAULT_FILTERS,
        labels: ["State", "Group"],
        from: "2024-03",
        keepUndated: false,
        source: "Harbour Times",
      }),
    ).toBe("only State, Group; time 2024-03 – …, undated dropped; outlet Harbour Times");
  });
});
