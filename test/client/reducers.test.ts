import {
  createGraph,
  DIMMED_EDGE_COLOR,
  DIMMED_NODE_COLOR,
  HIGHLIGHT_EDGE_COLOR,
  LABEL_COLORS,
  mergePayload,
  computeVisibility,
  DEFAULT_FILTERS,
  neighbourhood,
} from "../../client/src/graph";
import { reduceEdge, reduceNode, type ViewModel } from "../../client/src/rendering/reducers";
import { createViewModelCache } from "../../client/src/rendering/view-model";
import { initialState } from "../../client/src/state/app-state";
import { edge, node, payload, restingView } from "./factories";

function setup() {
  const graph = createGraph();
  mergePayload(
    graph,
    payload(
      [node("a", "State"), node("b", "Group"), node("c", "Actor")],
      [edge("a", "BACKS", "b"), edge("a", "ATTACKED", "b"), edge("b", "NEGOTIATED_WITH", "c")],
    ),
  );
  const vm: ViewModel = restingView(graph);
  return { graph, vm };
}

describe("reducers", () => {
  it("colours nodes by label and hides what the filters leave out", () => {
    const { graph, vm } = setup();
    expect(reduceNode("a", graph.getNodeAttributes("a"), vm)).toMatchObject({
      color: LABEL_COLORS.State,
      hidden: false,
      label: "A",
    });
    const filtered = {
      ...vm,
      visibility: computeVisibility(graph, { ...DEFAULT_FILTERS, labels: ["State", "Group"] }),
    };
    expect(reduceNode("c", graph.getNodeAttributes("c"), filtered).hidden).toBe(true);
    expect(reduceEdge("b|NEGOTIATED_WITH|c", graph.getEdgeAttributes("b|NEGOTIATED_WITH|c"), filtered).hidden).toBe(
      true,
    );
  });

  it("dims everything outside the hovered neighbourhood and drops dimmed labels", () => {
    const { graph, vm } = setup();
    const hovered = { ...vm, emphasis: neighbourhood(graph, "c") };
    expect(reduceNode("a", graph.getNodeAttributes("a"), hovered)).toMatchObject({
      color: DIMMED_NODE_COLOR,
      label: null,
    });
    expect(reduceNode("b", graph.getNodeAttributes("b"), hovered)).toMatchObject({
      color: LABEL_COLORS.Group,
      forceLabel: true,
    });
    expect(reduceEdge("a|BACKS|b", graph.getEdgeAttributes("a|BACKS|b"), hovered).color).toBe(DIMMED_EDGE_COLOR);
  });

  it("draws parallel relations curved, symmetric ones without arrowheads, and a hovered edge in white", () => {
    const { graph, vm } = setup();
    expect(reduceEdge("a|BACKS|b", graph.getEdgeAttributes("a|BACKS|b"), vm).type).toBe("curvedArrow");
    expect(reduceEdge("b|NEGOTIATED_WITH|c", graph.getEdgeAttributes("b|NEGOTIATED_WITH|c"), vm).type).toBe("line");
    expect(
      reduceEdge("a|ATTACKED|b", graph.getEdgeAttributes("a|ATTACKED|b"), { ...vm, hoveredEdge: "a|ATTACKED|b" }).color,
    ).toBe(HIGHLIGHT_EDGE_COLOR);
    expect(
      reduceEdge("a|ATTACKED|b", graph.getEdgeAttributes("a|ATTACKED|b"), { ...vm, openEdge: "a|ATTACKED|b" }).color,
    ).toBe(HIGHLIGHT_EDGE_COLOR);
  });

  it("labels edges with their relation type on a lit neighbourhood or once zoomed in, never when dimmed", () => {
    const { graph, vm } = setup();
    const attrs = graph.getEdgeAttributes("b|NEGOTIATED_WITH|c");
    expect(reduceEdge("b|NEGOTIATED_WITH|c", attrs, vm)).toMatchObject({ label: null, forceLabel: false });
    expect(reduceEdge("b|NEGOTIATED_WITH|c", attrs, { ...vm, emphasis: neighbourhood(graph, "c") })).toMatchObject({
      label: "negotiated with",
      forceLabel: true,
    });
    expect(reduceEdge("b|NEGOTIATED_WITH|c", attrs, { ...vm, edgeLabels: true })).toMatchObject({
      label: "negotiated with",
      forceLabel: false,
    });
    expect(
      reduceEdge("a|BACKS|b", graph.getEdgeAttributes("a|BACKS|b"), {
        ...vm,
        edgeLabels: true,
        emphasis: neighbourhood(graph, "c"),
      }).label,
    ).toBeNull();
  });

  it("shortens long event names on the graph, and only events", () => {
    const { graph, vm } = setup();
    graph.mergeNodeAttributes("c", {
      label: "Talks between the two governments on the future of the northern ports",
      nodeLabel: "Event",
    });
    const label = reduceNode("c", graph.getNodeAttributes("c"), vm).label!;
    expect(label.length).toBeLessThanOrEqual(29);
    expect(label.endsWith("…")).toBe(true);
    graph.mergeNodeAttributes("c", { nodeLabel: "Group" });
    expect(reduceNode("c", graph.getNodeAttributes("c"), vm).label).toBe(
      "Talks between the two governments on the future of the northern ports",
    );
  });

  it("enlarges and labels selected nodes even when something else is emphasised", () => {
    const { graph, vm } = setup();
    const state = { ...vm, selection: new Set(["a"]), emphasis: neighbourhood(graph, "c") };
    const display = reduceNode("a", graph.getNodeAttributes("a"), state);
    expect(display).toMatchObject({ highlighted: true, forceLabel: true, color: LABEL_COLORS.State });
    expect(display.size).toBeGreaterThan(vm.appearance.nodeSize.get("a")!);
  });

  it("draws a draft, without edges or labels but those of selected nodes, while a layout runs on a graph above the size given, and only then", () => {
    const { graph, vm } = setup();
    const draft = { ...vm, layoutDraft: true, selection: new Set(["b"]) };
    expect(reduceEdge("a|BACKS|b", graph.getEdgeAttributes("a|BACKS|b"), draft).hidden).toBe(true);
    expect(reduceNode("a", graph.getNodeAttributes("a"), draft)).toMatchObject({ label: null, hidden: false });
    expect(reduceNode("b", graph.getNodeAttributes("b"), draft).label).toBe("B");
    const state = { ...initialState(), graphVersion: 1 };
    expect(createViewModelCache(graph, 2)({ ...state, layoutRunning: true }).layoutDraft).toBe(true);
    expect(createViewModelCache(graph, 2)({ ...state, layoutRunning: false }).layoutDraft).toBe(false);
    expect(createViewModelCache(graph, graph.size)({ ...state, layoutRunning: true }).layoutDraft).toBe(false);
  });
});
