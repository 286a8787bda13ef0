import { MAX_NODE_SIZE, MIN_NODE_SIZE, applyCentrality, applyCommunities, createGraph, mergePayload, summariseCommunities } from "../../client/src/graph";
import { edge, node, payload } from "./factories";

function star() {
  const graph = createGraph();
  mergePayload(graph, payload([node("hub"), node("a"), node("b"), node("c")], [edge("hub", "BACKS", "a"), edge("hub", "BACKS", "b"), edge("c", "ATTACKED", "hub")]));
  return graph;
}

describe("centrality and communities", () => {
  it("sizes by degree: the hub is largest, leaves equal", () => {
    const graph = star();
    applyCentrality(graph, "degree");
    expect(graph.getNodeAttribute("hub", "centrality")).toBe(3);
    expect(graph.getNodeAttribute("hub", "size")).toBe(MAX_NODE_SIZE);
    expect(graph.getNodeAttribute("a", "size")).toBe(graph.getNodeAttribute("b", "size"));
    expect(graph.getNodeAttribute("a", "size")).toBeGreaterThan(MIN_NODE_SIZE);
  });

  it("sizes by PageRank on request", () => {
    const graph = star();
    applyCentrality(graph, "pagerank");
    expect(graph.getNodeAttribute("hub", "centrality")).toBeGreaterThan(0);
    expect(graph.getNodeAttribute("hub", "centrality")).toBeLessThan(1);
  });

  it("puts two loosely linked cliques in different Louvain communities", () => {
    const graph = createGraph();
    const ids = ["a1", "a2", "a3", "b1", "b2", "b3"];
    const links = [["a1", "a2"], ["a2", "a3"], ["a1", "a3"], ["b1", "b2"], ["b2", "b3"], ["b1", "b3"], ["a3", "b1"]];
    mergePayload(graph, payload(ids.map((id) => node(id)), links.map(([s, t]) => edge(s, "ALLIED_WITH", t))));
    expect(applyCommunities(graph)).toBe(2);
    expect(graph.getNodeAttribute("a1", "community")).toBe(graph.getNodeAttribute("a2", "community"));
    expect(graph.getNodeAttribute("a1", "community")).not.toBe(graph.getNodeAttribute("b2", "community"));
  });

  it("numbers communities by size, largest first, and summarises them with their best-connected members", () => {
    const graph = createGraph();
    const big = ["b1", "b2", "b3", "b4"];
    const small = ["s1", "s2"];
    const links = [["b1", "b2"], ["b2", "b3"], ["b3", "b4"], ["b1", "b3"], ["b2", "b4"], ["b1", "b4"], ["s1", "s2"]];
    mergePayload(graph, payload([...small, ...big].map((id) => node(id)), links.map(([s, t]) => edge(s, "ALLIED_WITH", t))));
    applyCentrality(graph, "degree");
    applyCommunities(graph);
    expect(big.map((id) => graph.getNodeAttribute(id, "community"))).toEqual([0, 0, 0, 0]);
    expect(small.map((id) => graph.getNodeAttribute(id, "community"))).toEqual([1, 1]);
    const summary = summariseCommunities(graph);
    expect(summary.map((c) => [c.community, c.size])).toEqual([[0, 4], [1, 2]]);
    expect(summary[0].examples).toHaveLength(3);
    expect(summariseCommunities(graph, new Set(["s1"]))).toEqual([{ community: 1, size: 1, examples: ["S1"] }]);
  });
});
