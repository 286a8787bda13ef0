import { DEFAULT_FILTERS, computeVisibility, createGraph, mergePayload, type Filters } from "../../client/src/graph";
import { edge, node, payload } from "./factories";

function world() {
  const graph = createGraph();
  mergePayload(
    graph,
    payload(
      [
        node("s1", "State"),
        node("s2", "State"),
        node("g", "Group"),
        node("p", "Place"),
        node("ev", "Event", { date: "2024-03" }),
        node("ev2", "Event", { date: "2023-01-05" }),
      ],
      [
        edge("s1", "BACKS", "g", { firstSeen: "2024-01-10", lastSeen: "2024-02-01" }),
        edge("s1", "ATTACKED", "s2", { firstSeen: "2024-05-01", lastSeen: "2024-05-02" }),
        edge("s2", "ATTACKED", "g"),
        edge("ev", "OCCURRED_IN", "p"),
        edge("s1", "PARTICIPATED_IN", "ev2"),
      ],
    ),
  );
  return graph;
}

const filters = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });

describe("computeVisibility", () => {
  it("shows everything with the default filters", () => {
    const graph = world();
    const visible = computeVisibility(graph, DEFAULT_FILTERS);
    expect(visible.nodes.size).toBe(graph.order);
    expect(visible.edges.size).toBe(graph.size);
  });

  it("drops nodes of unchosen labels together with their relations", () => {
    const visible = computeVisibility(world(), filters({ labels: ["State", "Group"] }));
    expect([...visible.nodes].sort()).toEqual(["g", "s1", "s2"]);
    expect(visible.edges.has("ev|OCCURRED_IN|p")).toBe(false);
  });

  it("keeps only the chosen relation types", () => {
    const visible = computeVisibility(world(), filters({ types: ["ATTACKED"] }));
    expect([...visible.edges].sort()).toEqual(["s1|ATTACKED|s2", "s2|ATTACKED|g"]);
    expect(visible.nodes.has("p")).toBe(true);
  });

  it("leaves out hidden nodes whatever the filters say", () => {
    const visible = computeVisibility(world(), DEFAULT_FILTERS, new Set(["s1"]));
    expect(visible.nodes.has("s1")).toBe(false);
    expect([...visible.edges].some((e) => e.includes("s1"))).toBe(false);
  });

  it("counts degree on visible relations only, so a higher minimum peels the periphery", () => {
    const graph = world();
    expect([...computeVisibility(graph, filters({ minDegree: 2 })).nodes].sort()).toEqual(["g", "s1", "s2"]);
    const narrowed = computeVisibility(graph, filters({ minDegree: 2, types: ["ATTACKED", "PARTICIPATED_IN"] }));
    expect([...narrowed.nodes].sort()).toEqual(["s1", "s2"]);
    expect([...narrowed.edges]).toEqual(["s1|ATTACKED|s2"]);
  });

  it("filters dated relations and events by the time range and keeps undated ones", () => {
    const visible = computeVisibility(world(), filters({ from: "2024-03", to: "2024-12" }));
    expect(visible.edges.has("s1|ATTACKED|s2")).toBe(true);
    expect(visible.edges.has("s1|BACKS|g")).toBe(false);
    expect(visible.edges.has("s2|ATTACKED|g")).toBe(true);
    expect(visible.nodes.has("ev")).toBe(true);
    expect(visible.nodes.has("ev2")).toBe(false);
  });
});
