import {
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  centralityScores,
  computeAppearance,
  createGraph,
  mergePayload,
  rankCommunities,
  summariseCommunities,
} from "../../client/src/graph";
import { edge, node, payload } from "./factories";

function star() {
  const graph = createGraph();
  mergePayload(
    graph,
    payload(
      [node("hub"), node("a"), node("b"), node("c")],
      [edge("hub", "BACKS", "a"), edge("hub", "BACKS", "b"), edge("c", "ATTACKED", "hub")],
    ),
  );
  return graph;
}

describe("centrality and communities", () => {
  it("sizes by degree: the hub is largest, leaves equal", () => {
    const { centrality, nodeSize } = computeAppearance(star(), { sizeMetric: "degree", colorMode: "label" });
    expect(centrality.get("hub")).toBe(3);
    expect(nodeSize.get("hub")).toBe(MAX_NODE_SIZE);
    expect(nodeSize.get("a")).toBe(nodeSize.get("b"));
    expect(nodeSize.get("a")).toBeGreaterThan(MIN_NODE_SIZE);
  });

  it("sizes by PageRank on request", () => {
    const scores = centralityScores(star(), "pagerank");
    expect(scores.get("hub")).toBeGreaterThan(0);
    expect(scores.get("hub")).toBeLessThan(1);
  });

  it("puts two loosely linked cliques in different Louvain communities", () => {
    const graph = createGraph();
    const ids = ["a1", "a2", "a3", "b1", "b2", "b3"];
    const links = [
      ["a1", "a2"],
      ["a2", "a3"],
      ["a1", "a3"],
      ["b1", "b2"],
      ["b2", "b3"],
      ["b1", "b3"],
      ["a3", "b1"],
    ];
    mergePayload(
      graph,
      payload(
        ids.map((id) => node(id)),
        links.map(([s, t]) => edge(s, "ALLIED_WITH", t)),
      ),
    );
    const communities = rankCommunities(graph);
    expect(new Set(communities.values()).size).toBe(2);
    expect(communities.get("a1")).toBe(communities.get("a2"));
    expect(communities.get("a1")).not.toBe(communities.get("b2"));
  });

  it("numbers communities by size, largest first, and summarises them with their best-connected members", () => {
    const graph = createGraph();
    const big = ["b1", "b2", "b3", "b4"];
    const small = ["s1", "s2"];
    const links = [
      ["b1", "b2"],
      ["b2", "b3"],
      ["b3", "b4"],
      ["b1", "b3"],
      ["b2", "b4"],
      ["b1", "b4"],
      ["s1", "s2"],
    ];
    mergePayload(
      graph,
      payload(
        [...small, ...big].map((id) => node(id)),
        links.map(([s, t]) => edge(s, "ALLIED_WITH", t)),
      ),
    );
    const communities = rankCommunities(graph);
    const centrality = centralityScores(graph, "degree");
    expect(big.map((id) => communities.get(id))).toEqual([0, 0, 0, 0]);
    expect(small.map((id) => communities.get(id))).toEqual([1, 1]);
    const summary = summariseCommunities(graph, communities, centrality);
    expect(summary.map((c) => [c.community, c.size])).toEqual([
      [0, 4],
      [1, 2],
    ]);
    expect(summary[0].examples).toHaveLength(3);
    expect(summariseCommunities(graph, communities, centrality, new Set(["s1"]))).toEqual([
      { community: 1, size: 1, examples: ["S1"] },
    ]);
  });

  it("gives every node of a graph without relations the one community", () => {
    const graph = createGraph();
    mergePayload(graph, payload([node("a"), node("b")]));
    expect(rankCommunities(graph)).toEqual(
      new Map([
        ["a", 0],
        ["b", 0],
      ]),
    );
  });
});
