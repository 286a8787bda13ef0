import { createGraph, mergePayload } from "../../client/src/graph";
import { createPositionSync } from "../../client/src/layout/position-sync";
import { edge, node, payload, seeded } from "./factories";

function storyGraph() {
  const graph = createGraph();
  mergePayload(
    graph,
    payload([node("a"), node("b"), node("c")], [edge("a", "BACKS", "b"), edge("b", "ATTACKED", "c")]),
    { random: seeded() },
  );
  return graph;
}

const frames = () => new Promise((resolve) => setTimeout(resolve, 80));

describe("the positions a layout worker moves", () => {
  beforeAll(() => {
    const timers = globalThis as Record<string, unknown>;
    timers.requestAnimationFrame = (callback: (time: number) => void) =>
      setTimeout(() => callback(performance.now()), 16);
    timers.cancelAnimationFrame = (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle);
  });

  it("hold the displayed graph's nodes, edges, positions and pins, and nothing else", () => {
    const graph = storyGraph();
    graph.setNodeAttribute("a", "fixed", true);
    const sync = createPositionSync(graph, (node) => (node === "a" ? 7 : 4));
    expect(sync.positions.order).toBe(3);
    expect(sync.positions.size).toBe(2);
    expect(sync.positions.getNodeAttributes("a")).toEqual({
      x: graph.getNodeAttribute("a", "x"),
      y: graph.getNodeAttribute("a", "y"),
      size: 7,
      fixed: true,
    });
    sync.dispose();
  });

  it("reach the displayed graph after the worker moves them, in bulk or node by node, and all at once on flush", async () => {
    const graph = storyGraph();
    const label = graph.getNodeAttribute("b", "label");
    const sync = createPositionSync(graph, () => 4);
    sync.positions.updateEachNodeAttributes((_node, attrs) => ({ ...attrs, x: 100, y: -100 }));
    expect(graph.getNodeAttribute("b", "x")).not.toBe(100);
    await frames();
    expect(graph.getNodeAttributes("b")).toMatchObject({ x: 100, y: -100, label });

    sync.positions.forEachNode((node) => sync.positions.mergeNodeAttributes(node, { y: 5 }));
    await frames();
    expect(graph.mapNodes((_node, attrs) => attrs.y)).toEqual([5, 5, 5]);

    sync.positions.updateEachNodeAttributes((_node, attrs) => ({ ...attrs, x: 7 }));
    sync.flush();
    expect(graph.mapNodes((_node, attrs) => attrs.x)).toEqual([7, 7, 7]);
    sync.dispose();
  });

  it("leave nodes added to the displayed graph since they were copied where they are, and stop after dispose", async () => {
    const graph = storyGraph();
    const sync = createPositionSync(graph, () => 4);
    graph.addNode("late", { ...graph.getNodeAttributes("a"), x: 42, y: 43 });
    sync.positions.updateEachNodeAttributes((_node, attrs) => ({ ...attrs, x: 1 }));
    sync.flush();
    expect(graph.getNodeAttributes("late")).toMatchObject({ x: 42, y: 43 });
    sync.dispose();
    sync.positions.updateEachNodeAttributes((_node, attrs) => ({ ...attrs, x: 2 }));
    await frames();
    expect(graph.getNodeAttribute("a", "x")).toBe(1);
  });
});
