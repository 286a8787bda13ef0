import { assignCurvatures, createGraph, mergePayload } from "../../client/src/graph";
import { edge, node, payload } from "./factories";

describe("assignCurvatures", () => {
  it("leaves a lone relation straight", () => {
    const graph = createGraph();
    mergePayload(graph, payload([node("a"), node("b")], [edge("a", "BACKS", "b")]));
    assignCurvatures(graph);
    expect(graph.getEdgeAttribute("a|BACKS|b", "curvature")).toBe(0);
  });

  it("bends parallel relations apart, in either direction", () => {
    const graph = createGraph();
    mergePayload(graph, payload([node("a"), node("b")], [edge("a", "BACKS", "b"), edge("a", "ATTACKED", "b"), edge("b", "THREATENED", "a")]));
    assignCurvatures(graph);
    const curvatures = graph.mapEdges((_, attrs) => attrs.curvature);
    expect(curvatures.every((c) => c !== 0)).toBe(true);
    // Curvature is relative to each edge's direction: turn them into one frame (a→b) to compare the drawn bends.
    const drawn = graph.mapEdges((_edge, attrs, source) => (source === "a" ? attrs.curvature : -attrs.curvature));
    expect(new Set(drawn).size).toBe(3);
  });
});
