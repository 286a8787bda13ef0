import {
  DEFAULT_NODE_SIZE,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  colouredBy,
  computeAppearance,
  createGraph,
  curvatureOf,
  edgeSizeOf,
  mergePayload,
  nodeSizeOf,
  sizedBy,
} from "../../client/src/graph";
import { edge, node, payload } from "./factories";

function story() {
  const graph = createGraph();
  mergePayload(
    graph,
    payload(
      [node("hub", "State"), node("a"), node("b"), node("c")],
      [
        edge("hub", "BACKS", "a", { count: 4 }),
        edge("hub", "ATTACKED", "a"),
        edge("hub", "BACKS", "b"),
        edge("c", "LEADS", "b"),
      ],
    ),
  );
  return graph;
}

describe("the appearance, computed from the data graph", () => {
  it("sizes nodes by centrality, thickens edges by reports and bends only parallel ones", () => {
    const graph = story();
    const appearance = computeAppearance(graph, { sizeMetric: "degree", colorMode: "label" });
    expect(appearance.centrality.get("hub")).toBe(3);
    expect(nodeSizeOf(appearance, "hub")).toBe(MAX_NODE_SIZE);
    expect(nodeSizeOf(appearance, "c")).toBeGreaterThan(MIN_NODE_SIZE);
    expect(nodeSizeOf(appearance, "c")).toBeLessThan(MAX_NODE_SIZE);
    expect(edgeSizeOf(appearance, "hub|BACKS|a")).toBe(3.5);
    expect(edgeSizeOf(appearance, "hub|BACKS|b")).toBe(1.5);
    expect(curvatureOf(appearance, "hub|BACKS|a")).not.toBe(0);
    expect(curvatureOf(appearance, "hub|ATTACKED|a")).not.toBe(0);
    expect(curvatureOf(appearance, "hub|BACKS|b")).toBe(0);
    expect(appearance.community).toBeNull();
  });

  it("leaves the data graph as the server sent it", () => {
    const graph = story();
    const before = JSON.stringify(graph.export());
    computeAppearance(graph, { sizeMetric: "pagerank", colorMode: "community" });
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it("finds communities only when colouring by them, and once", () => {
    const graph = story();
    const byLabel = computeAppearance(graph, { sizeMetric: "degree", colorMode: "label" });
    const byCommunity = colouredBy(byLabel, graph, "community");
    expect(byCommunity.community?.size).toBe(graph.order);
    expect(byCommunity.nodeSize).toBe(byLabel.nodeSize);
    expect(colouredBy(byCommunity, graph, "community")).toBe(byCommunity);
    expect(colouredBy(byLabel, graph, "label")).toBe(byLabel);
  });

  it("resizes by another metric, keeping the rest", () => {
    const graph = story();
    const byDegree = computeAppearance(graph, { sizeMetric: "degree", colorMode: "label" });
    const byPageRank = sizedBy(byDegree, graph, "pagerank");
    expect(byPageRank.centrality.get("hub")).toBeLessThan(1);
    expect(byPageRank.curvature).toBe(byDegree.curvature);
    expect(byPageRank.edgeSize).toBe(byDegree.edgeSize);
  });

  it("gives nodes and edges it has not seen yet the default look", () => {
    const appearance = computeAppearance(createGraph(), { sizeMetric: "degree", colorMode: "label" });
    expect(nodeSizeOf(appearance, "new")).toBe(DEFAULT_NODE_SIZE);
    expect(edgeSizeOf(appearance, "x|BACKS|y")).toBe(1.5);
    expect(curvatureOf(appearance, "x|BACKS|y")).toBe(0);
  });
});
