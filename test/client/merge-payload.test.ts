import { createGraph, edgeThickness, mergePayload } from "../../client/src/graph";
import { edge, node, payload, seeded } from "./factories";

describe("mergePayload", () => {
  it("adds nodes with the entity name as sigma label and the domain label apart", () => {
    const graph = createGraph();
    mergePayload(graph, payload([node("a", "State")]), { random: seeded() });
    expect(graph.getNodeAttributes("a")).toMatchObject({ label: "A", nodeLabel: "State" });
  });

  it("keys edges by their API id and keeps several relation types between the same pair", () => {
    const graph = createGraph();
    const result = mergePayload(
      graph,
      payload([node("a"), node("b")], [edge("a", "BACKS", "b"), edge("a", "ATTACKED", "b")]),
      { random: seeded() },
    );
    expect(result.addedEdges).toEqual(["a|BACKS|b", "a|ATTACKED|b"]);
    expect(graph.getEdgeAttributes("a|ATTACKED|b")).toMatchObject({ relation: "ATTACKED", category: "conflict" });
    expect(graph.getEdgeAttribute("a|BACKS|b", "category")).toBe("cooperation");
  });

  it("keeps the positions and pins of nodes already on screen when the graph grows", () => {
    const graph = createGraph();
    mergePayload(graph, payload([node("a")]), { random: seeded() });
    graph.mergeNodeAttributes("a", { x: 12, y: -7, fixed: true });
    const result = mergePayload(
      graph,
      payload([node("a", "Actor", { kind: "minister" }), node("b")], [edge("a", "LEADS", "b")]),
      { random: seeded(3) },
    );
    expect(result.addedNodes).toEqual(["b"]);
    expect(graph.getNodeAttributes("a")).toMatchObject({ x: 12, y: -7, fixed: true, properties: { kind: "minister" } });
  });

  it("places a new node next to the neighbour it was expanded from", () => {
    const graph = createGraph();
    for (let i = 0; i < 20; i++) mergePayload(graph, payload([node(`n${i}`)]), { random: seeded(i + 1) });
    graph.mergeNodeAttributes("n0", { x: 500, y: 500 });
    mergePayload(graph, payload([node("new")], [edge("n0", "BACKS", "new")]), { random: seeded(9) });
    const { x, y } = graph.getNodeAttributes("new");
    expect(Math.hypot(x - 500, y - 500)).toBeLessThan(100);
  });

  it("anchors a new node on its first edge, in payload order, whose other end is on screen, in either direction", () => {
    const graph = createGraph();
    mergePayload(graph, payload([node("near"), node("far")]), { random: seeded() });
    graph.mergeNodeAttributes("near", { x: 500, y: 500 });
    graph.mergeNodeAttributes("far", { x: -500, y: -500 });
    mergePayload(
      graph,
      payload(
        [node("new"), node("chained")],
        [
          edge("far", "BACKS", "far"),
          edge("new", "BACKS", "ghost"),
          edge("near", "ATTACKED", "new"),
          edge("far", "BACKS", "new"),
          edge("chained", "LEADS", "new"),
        ],
      ),
      { random: seeded(4) },
    );
    const at = (id: string) => graph.getNodeAttributes(id);
    expect(Math.hypot(at("new").x - 500, at("new").y - 500)).toBeLessThan(100);
    expect(Math.hypot(at("chained").x - at("new").x, at("chained").y - at("new").y)).toBeLessThan(100);
  });

  it("skips edges whose endpoints are not in the graph instead of failing", () => {
    const graph = createGraph();
    const result = mergePayload(graph, payload([node("a")], [edge("a", "BACKS", "ghost")]));
    expect(result.addedEdges).toEqual([]);
    expect(graph.size).toBe(0);
  });

  it("thickens edges reported more often, up to a cap", () => {
    expect(edgeThickness({ properties: { count: 1 } })).toBe(1.5);
    expect(edgeThickness({ properties: { count: 4 } })).toBe(3.5);
    expect(edgeThickness({ properties: { count: 100000 } })).toBe(6);
    expect(edgeThickness({ properties: {} })).toBe(1.5);
  });
});

describe("seeded placement", () => {
  it("places the same data at the same positions every time, whatever the order of loading", () => {
    const nodes = ["a", "b", "c", "d"].map((id) => node(id));
    const edges = [edge("a", "BACKS", "b"), edge("c", "LEADS", "d")];
    const first = createGraph();
    mergePayload(first, payload(nodes, edges));
    const second = createGraph();
    mergePayload(second, payload(nodes, edges));
    for (const id of ["a", "b", "c", "d"])
      expect(second.getNodeAttributes(id)).toMatchObject({
        x: first.getNodeAttribute(id, "x"),
        y: first.getNodeAttribute(id, "y"),
      });
    expect(first.getNodeAttribute("a", "x")).not.toBe(first.getNodeAttribute("b", "x"));
  });

  it("starts an expansion's new nodes beside the node it grew from, even when another neighbour is listed first", () => {
    const graph = createGraph();
    mergePayload(graph, payload([node("parent"), node("other")]));
    graph.mergeNodeAttributes("parent", { x: 500, y: 500 });
    graph.mergeNodeAttributes("other", { x: -500, y: -500 });
    mergePayload(graph, payload([node("new")], [edge("other", "BACKS", "new"), edge("parent", "LEADS", "new")]), {
      anchor: "parent",
    });
    const { x, y } = graph.getNodeAttributes("new");
    expect(Math.hypot(x - 500, y - 500)).toBeLessThan(100);
  });
});
