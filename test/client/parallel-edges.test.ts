import { createGraph, mergePayload, parallelEdgeCurvatures } from "../../client/src/graph";
import { edge, node, payload } from "./factories";

describe("parallelEdgeCurvatures", () => {
  it("leaves a lone relation straight", () => {
    const graph = createGraph();
    mergePayload(graph, payload([node("a"), node("b")], [edge("a", "BACKS", "b")]));
    expect(parallelEdgeCurvatures(graph)).toEqual(new Map([["a|BACKS|b", 0]]));
  });

  it("bends parallel relations apart, in either direction", () => {
    const graph = createGraph();
    mergePayload(
      graph,
      payload(
        [node("a"), node("b")],
        [edge("a", "BACKS", "b"), edge("a", "ATTACKED", "b"), edge("b", "THREATENED", "a")],
      ),
    );
    const curvatures = parallelEdgeCurvatures(graph);
    expect(graph.edges().every((e) => curvatures.get(e) !== 0)).toBe(true);
    // Curvature is relative to each edge's direction: turn them into one frame (a→b) to compare the drawn bends.
    const drawn = graph.mapEdges((e, _attrs, source) => (source === "a" ? curvatures.get(e)! : -curvatures.get(e)!));
    expect(new Set(drawn).size).toBe(3);
  });
});
