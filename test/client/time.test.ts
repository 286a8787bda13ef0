import {
  DEFAULT_FILTERS,
  computeVisibility,
  createGraph,
  histogram,
  mergePayload,
  stepIndex,
  timeSteps,
} from "../../client/src/graph";
import { edge, node, payload } from "./factories";

describe("time steps and histogram", () => {
  it("steps by month over a few years, by quarter over a decade, by year beyond", () => {
    expect(timeSteps("2024-03-02", "2024-06")).toEqual(
      ["2024-03", "2024-04", "2024-05", "2024-06"].map((m) => ({ label: m, from: m, to: m })),
    );
    const decade = timeSteps("2015-02", "2024-11");
    expect(decade).toHaveLength(40);
    expect(decade[0]).toEqual({ label: "2015-Q1", from: "2015-01", to: "2015-03" });
    expect(decade[39]).toEqual({ label: "2024-Q4", from: "2024-10", to: "2024-12" });
    const century = timeSteps("1950", "2024");
    expect(century).toHaveLength(75);
    expect(century[0]).toEqual({ label: "1950", from: "1950", to: "1950" });
  });

  it("counts dated items per step and finds the step of a date", () => {
    const steps = timeSteps("2015-01", "2024-12");
    expect(stepIndex(steps, "2015-02-10")).toBe(0);
    expect(stepIndex(steps, "2024-12")).toBe(39);
    expect(stepIndex(steps, "2030")).toBe(-1);
    const counts = histogram(steps, ["2015-01-05", "2015-03", "2024-11-30", "1999"]);
    expect(counts[0]).toBe(2);
    expect(counts[39]).toBe(1);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
  });
});

describe("time filter options", () => {
  function world() {
    const graph = createGraph();
    mergePayload(
      graph,
      payload(
        [node("s", "State"), node("g", "Group"), node("ev", "Event", { date: "2024-03" }), node("undated", "Event")],
        [
          edge("s", "BACKS", "g", { firstSeen: "2024-05-01", lastSeen: "2024-05-02" }),
          edge("s", "ATTACKED", "g"),
          edge("s", "PARTICIPATED_IN", "ev", { firstSeen: "2024-03-01" }),
        ],
      ),
    );
    return graph;
  }
  const range = { ...DEFAULT_FILTERS, from: "2024-05", to: "2024-06" };

  it("judges events by their dates and relations by when they were reported, each on request", () => {
    const both = computeVisibility(world(), range);
    expect(both.nodes.has("ev")).toBe(false);
    expect(both.edges.has("s|BACKS|g")).toBe(true);
    const eventsOnly = computeVisibility(world(), { ...range, timeRelations: false });
    expect(eventsOnly.nodes.has("ev")).toBe(false);
    expect(eventsOnly.edges.has("s|ATTACKED|g")).toBe(true);
    const relationsOnly = computeVisibility(world(), { ...range, timeEvents: false });
    expect(relationsOnly.nodes.has("ev")).toBe(true);
    expect(relationsOnly.edges.has("s|PARTICIPATED_IN|ev")).toBe(false);
  });

  it("keeps or drops undated events and relations as asked, and never people, groups or states", () => {
    const kept = computeVisibility(world(), range);
    expect(kept.nodes.has("undated")).toBe(true);
    expect(kept.edges.has("s|ATTACKED|g")).toBe(true);
    const dropped = computeVisibility(world(), { ...range, keepUndated: false });
    expect(dropped.nodes.has("undated")).toBe(false);
    expect(dropped.edges.has("s|ATTACKED|g")).toBe(false);
    expect(dropped.nodes.has("s")).toBe(true);
    expect(dropped.nodes.has("g")).toBe(true);
  });
});
