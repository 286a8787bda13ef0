import { NODE_LABELS, RELATION_TYPES } from "../../domain";
import type { Stats } from "../../domain/api";
import type { EntityDetail } from "../../client/src/api";
import { createGraph, mergePayload } from "../../client/src/graph";
import { initialState, type AppState } from "../../client/src/state/app-state";
import {
  cancelledMessage,
  cypherAnswered,
  cypherFailed,
  cypherStarted,
  linkedQueryShown,
} from "../../client/src/state/updates/console";
import { filtersChanged, needsReload } from "../../client/src/state/updates/filters";
import { catalogueLoaded, expanded, graphCleared, structureChanged } from "../../client/src/state/updates/graph-data";
import {
  entityClosed,
  entityFailed,
  entityLoaded,
  entityOpened,
  topClosed,
} from "../../client/src/state/updates/inspector";
import { pathEndChosen, pathsFound } from "../../client/src/state/updates/paths";
import { hidden, pinned, selected, selectionHidden, toggledSelect } from "../../client/src/state/updates/selection";
import { healthChecked, statsRefreshed } from "../../client/src/state/updates/status";
import { jobEnded, jobPolled, uploadFailed, uploadStarted } from "../../client/src/state/updates/upload";
import { cameraMoved, colouredByMode, focusLit, sizedByMetric } from "../../client/src/state/updates/view";
import { edge, node, payload } from "./factories";

const state = (patch: Partial<AppState> = {}): AppState => ({ ...initialState(), ...patch });

function loaded() {
  const graph = createGraph();
  mergePayload(
    graph,
    payload(
      [node("a", "State", { date: "2024-03-01" }), node("b", "Group"), node("c")],
      [edge("a", "BACKS", "b", { firstSeen: "2024-01-05" }), edge("b", "LEADS", "c")],
    ),
  );
  return graph;
}

describe("state updates, area by area", () => {
  it("selection: a click selects alone or clears, shift-click adds and removes, hiding leaves the selection and the panel", () => {
    expect(toggledSelect(state({ selection: ["a", "b"] }), "c", false).selection).toEqual(["c"]);
    expect(toggledSelect(state({ selection: ["c"] }), "c", false).selection).toEqual([]);
    expect(toggledSelect(state({ selection: ["a"] }), "b", true).selection).toEqual(["a", "b"]);
    expect(toggledSelect(state({ selection: ["a", "b"] }), "a", true).selection).toEqual(["b"]);
    expect(selected(state({ selection: ["a"] }), ["a", "b"], true).selection).toEqual(["a", "b"]);
    const focused = state({
      selection: ["a", "b"],
      focus: "a",
      entity: { id: "a", name: "A", detail: null, error: null },
    });
    expect(hidden(focused, "a")).toMatchObject({ hidden: ["a"], selection: ["b"], focus: null, entity: null });
    expect(selectionHidden(state({ hidden: ["x"], selection: ["x", "y"] }))).toMatchObject({
      hidden: ["x", "y"],
      selection: [],
    });
    expect(pinned(pinned(state(), "a", true), "a", true).pinned).toEqual(["a"]);
    expect(pinned(state({ pinned: ["a", "b"] }), "a", false).pinned).toEqual(["b"]);
  });

  it("inspector: an answer for an entity no longer focused is dropped, and Escape closes the top panel first", () => {
    const detail = { node: node("a", "State"), articles: [], relations: [] } as unknown as EntityDetail;
    const opened = entityOpened(state({ selection: ["x"] }), "a", "A");
    expect(opened).toMatchObject({ focus: "a", selection: ["a"], entity: { id: "a", name: "A", detail: null } });
    expect(entityOpened(state({ selection: ["x", "y"] }), "a", "A").selection).toEqual(["x", "y"]);
    expect(entityLoaded(opened, "a", detail).entity?.detail).toBe(detail);
    const moved = entityOpened(opened, "b", "B");
    expect(entityLoaded(moved, "a", detail)).toBe(moved);
    expect(entityFailed(moved, "a", "A", "gone")).toBe(moved);
    expect(entityFailed(moved, "b", "B", "gone").entity).toEqual({ id: "b", name: "B", detail: null, error: "gone" });
    const lit = { ...opened, highlight: { nodes: ["a"], edges: [], reason: "focus" as const } };
    expect(entityClosed(lit)).toMatchObject({ focus: null, entity: null, highlight: null });
    const all = {
      ...opened,
      edge: { id: "e", detail: null, error: null },
      article: { id: "x", detail: null, error: null, evidence: null },
    };
    const once = topClosed(all);
    expect(once).toMatchObject({ article: null, edge: { id: "e" } });
    expect(topClosed(once)).toMatchObject({ edge: null, focus: "a" });
    const idle = state();
    expect(topClosed(idle)).toBe(idle);
  });

  it("graph data: a structure change bumps the version, spans the dates and computes the appearance from the graph", () => {
    const graph = loaded();
    const next = structureChanged(state({ sizeMetric: "degree", colorMode: "community" }), graph);
    expect(next.graphVersion).toBe(1);
    expect(next.dateBounds).toEqual({ min: "2024-01-05", max: "2024-03-01" });
    expect(next.appearance.centrality.get("b")).toBe(2);
    expect(next.appearance.community?.size).toBe(3);
    // The same span keeps its object, so a slider being dragged stays put.
    expect(structureChanged(next, graph).dateBounds).toBe(next.dateBounds);
    expect(structureChanged(state(), graph).appearance.community).toBeNull();
  });

  it("graph data: clearing forgets what referred to the old nodes; an expansion pages on and unhides what it brought", () => {
    const busy = state({
      hidden: ["a"],
      selection: ["b"],
      pinned: ["c"],
      expansionLog: [{ id: "a", order: "evidence" }],
      highlight: { nodes: ["a"], edges: [], reason: "focus" },
    });
    expect(graphCleared(busy)).toMatchObject({
      hidden: [],
      selection: [],
      pinned: [],
      expansionLog: [],
      expansions: {},
      highlight: null,
    });
    const next = expanded(
      state({ hidden: ["n1", "z"] }),
      "a",
      { offset: 25, more: 3, type: "BACKS", order: "recent" },
      payload([node("n1")]),
    );
    expect(next.expansions.a).toEqual({ offset: 25, more: 3, type: "BACKS", order: "recent" });
    expect(next.expansionLog).toEqual([{ id: "a", order: "recent", type: "BACKS" }]);
    expect(next.hidden).toEqual(["z"]);
    expect(
      catalogueLoaded(state(), {
        articles: [
          { id: "1", title: "T", source: "Wire" },
          { id: "2", title: "U", source: "Post" },
          { id: "3", title: "V" },
        ],
        total: 3,
      } as never).catalogue,
    ).toEqual({
      sources: ["Post", "Wire"],
      articles: [
        { id: "1", title: "T", source: "Wire", date: null },
        { id: "2", title: "U", source: "Post", date: null },
        { id: "3", title: "V", source: null, date: null },
      ],
    });
  });

  it("filters: only the outlet or article needs the server again", () => {
    const before = state().filters;
    expect(needsReload(before, filtersChanged(state(), { labels: ["State"] }).filters)).toBe(false);
    expect(needsReload(before, filtersChanged(state(), { source: "Wire" }).filters)).toBe(true);
  });

  it("view: the same camera changes nothing; a focus keeps the paths lit; colour and size modes carry their appearance", () => {
    const graph = loaded();
    const at = state({ camera: { x: 1, y: 2, ratio: 1 } });
    expect(cameraMoved(at, { x: 1, y: 2, ratio: 1 })).toBe(at);
    expect(cameraMoved(at, { x: 1, y: 2, ratio: 0.5 }).camera).toEqual({ x: 1, y: 2, ratio: 0.5 });
    const onPaths = state({ highlight: { nodes: ["a", "b"], edges: ["a|BACKS|b"], reason: "paths" } });
    expect(focusLit(onPaths, graph, "a", "focus")).toBe(onPaths);
    expect(focusLit(onPaths, graph, "c", "focus").highlight).toEqual({
      nodes: ["c", "b"],
      edges: ["b|LEADS|c"],
      reason: "focus",
    });
    const shown = structureChanged(state(), graph);
    const community = colouredByMode(shown, graph, "community");
    expect(community.colorMode).toBe("community");
    expect(community.appearance.community?.get("a")).toEqual(expect.any(Number));
    const pagerank = sizedByMetric(shown, graph, "pagerank");
    expect(pagerank.sizeMetric).toBe("pagerank");
    expect(pagerank.appearance.centrality.get("b")).toBeLessThan(1);
  });

  it("paths: a new end forgets what was found; paths found are lit, none clears the highlight", () => {
    const from = { id: "a", name: "A" };
    const to = { id: "c", name: "C" };
    const found = pathsFound(state(), from, to, 1, { nodes: ["a", "b", "c"], edges: ["a|BACKS|b", "b|LEADS|c"] });
    expect(found).toMatchObject({
      paths: { found: 1, running: false },
      highlight: { reason: "paths", nodes: ["a", "b", "c"] },
    });
    expect(pathsFound(found, from, to, 0, { nodes: [], edges: [] }).highlight).toBeNull();
    expect(pathEndChosen(found, "to", "b", "B").paths).toEqual({
      from,
      to: { id: "b", name: "B" },
      running: false,
      found: null,
      error: null,
    });
  });

  it("console: a run starts, answers or fails; a linked query is shown and never marked as run", () => {
    const started = cypherStarted(state(), "MATCH (n) RETURN n", 10, ["MATCH (n) RETURN n"]);
    expect(started.cypher).toMatchObject({
      running: true,
      startedAt: 10,
      fromLink: false,
      history: ["MATCH (n) RETURN n"],
    });
    const result = { columns: [], rows: [], graph: payload([]), truncated: false, rowLimit: 5000 };
    expect(cypherAnswered(started, result, 12).cypher).toMatchObject({
      running: false,
      result,
      elapsedMs: 12,
      startedAt: null,
    });
    expect(cypherFailed(started, cancelledMessage(1250), 1250).cypher).toMatchObject({
      running: false,
      result: null,
      error: "Cancelled after 1.3 s. The server stops any query at its time limit.",
    });
    expect(linkedQueryShown(started, "RETURN 1").cypher).toMatchObject({
      query: "RETURN 1",
      fromLink: true,
      result: null,
      error: null,
    });
  });

  it("upload and status: the job is followed to its end; counts after an upload end the empty state, never start it", () => {
    const job = { id: "j", status: "running", total: 1, done: 0, files: [] } as never;
    const running = jobPolled(uploadStarted(state(), ["a.txt"]), job);
    expect(running.upload).toEqual({ job, names: ["a.txt"], error: null, running: true });
    expect(jobEnded(running, job).upload.running).toBe(false);
    expect(uploadFailed(running, "Too large").upload).toMatchObject({ running: false, error: "Too large" });
    const none = <K extends string>(keys: readonly K[]) =>
      Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
    const stats: Stats = {
      nodes: none(NODE_LABELS),
      relations: none(RELATION_TYPES),
      articles: 0,
      eventDates: { min: null, max: null },
    };
    expect(healthChecked(state(), stats).connection).toEqual({ kind: "empty" });
    expect(healthChecked(state(), { ...stats, articles: 2 }).connection).toEqual({ kind: "ok" });
    const empty = state({ connection: { kind: "empty" } });
    expect(statsRefreshed(empty, { ...stats, articles: 1 }).connection).toEqual({ kind: "ok" });
    expect(statsRefreshed(state({ connection: { kind: "ok" } }), stats).connection).toEqual({ kind: "ok" });
  });
});
