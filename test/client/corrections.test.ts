import type { Decision } from "../../domain";
import type { DuplicateSuggestion } from "../../domain/api";
import { ApiError, NetworkError } from "../../client/src/api";
import { DEFAULT_FILTERS, REJECTED_EDGE_COLOR, createGraph, mergePayload, refreshAround } from "../../client/src/graph";
import { describeDecision, describeReason } from "../../client/src/panels/decision-words";
import { reduceEdge } from "../../client/src/rendering/reducers";
import { initialState, type AppState } from "../../client/src/state/app-state";
import { afterFailure } from "../../client/src/state/error-policy";
import {
  AUTHOR_MISSING,
  addRelationCancelled,
  addRelationProposed,
  authorChosen,
  authorMissing,
  correctionFailed,
  correctionSent,
  correctionsToggled,
  decisionMade,
  decisionUndone,
  decisionsImported,
  decisionsLoaded,
  defaultSurvivor,
  duplicatesLoaded,
  entitiesGone,
  entitiesOf,
  mergeCancelled,
  mergeProposed,
} from "../../client/src/state/updates/corrections";
import { needsReload, serverFilters } from "../../client/src/state/updates/filters";
import { decodeUrlState, encodeUrlState, EMPTY_URL_STATE } from "../../client/src/state/url-state";
import { DECISION_STAMP, MERGE_B_INTO_A, edge, node, payload, restingView } from "./factories";

const state = (patch: Partial<AppState> = {}): AppState => ({ ...initialState(), ...patch });
const stamp = DECISION_STAMP;
const merge = MERGE_B_INTO_A;
const reject: Decision = { kind: "reject", id: "r1", relation: "a|BACKS|b", ...stamp };
const split: Decision = {
  kind: "split",
  id: "s1",
  entity: "a",
  alias: "Kingdom of A",
  newEntity: "a-2",
  name: "Kingdom of A",
  label: "State",
  ...stamp,
};
const dismiss: Decision = { kind: "dismiss", id: "d1", entities: ["a", "c"], ...stamp };

function suggestion(a: string, b: string): DuplicateSuggestion {
  const entity = (id: string) => ({ id, name: id.toUpperCase(), label: "State" as const, aliases: [], degree: 1 });
  return { entities: [entity(a), entity(b)], score: 0.9, reasons: [{ kind: "similar-name", similarity: 0.9 }] };
}

describe("the corrections area's pure updates", () => {
  it("opens and closes the panel, and signs with a trimmed name that clears the missing-name message", () => {
    expect(correctionsToggled(state()).corrections.open).toBe(true);
    expect(correctionsToggled(correctionsToggled(state())).corrections.open).toBe(false);
    const missing = authorMissing(state());
    expect(missing.corrections).toMatchObject({ open: true, error: AUTHOR_MISSING });
    expect(authorChosen(missing, "  Ana ").corrections).toMatchObject({ author: "Ana", error: null });
    expect(authorChosen(missing, "  ").corrections.error).toBe(AUTHOR_MISSING);
  });

  it("puts a decision at the head of the list, ends the suggestions it settles and moves the selection to the survivor", () => {
    const before = state({
      selection: ["a", "b"],
      pinned: ["b", "c"],
      hidden: ["b"],
      paths: { from: { id: "b", name: "B" }, to: { id: "c", name: "C" }, running: false, found: null, error: null },
      corrections: {
        ...initialState().corrections,
        decisions: [reject],
        duplicates: [suggestion("a", "b"), suggestion("a", "c"), suggestion("c", "d")],
        pending: "Merging…",
        mergePair: ["a", "b"],
      },
    });
    const after = decisionMade(before, merge);
    expect(after.corrections.decisions!.map((d) => d.id)).toEqual(["m1", "r1"]);
    expect(after.corrections.duplicates!.map((s) => s.entities.map((e) => e.id))).toEqual([
      ["a", "c"],
      ["c", "d"],
    ]);
    expect(after.corrections).toMatchObject({ pending: null, error: null, mergePair: null });
    expect(after.selection).toEqual(["a"]);
    expect(after.pinned).toEqual(["c"]);
    expect(after.hidden).toEqual([]);
    expect(after.paths.from).toBeNull();
    expect(after.paths.to).toEqual({ id: "c", name: "C" });

    const dismissed = decisionMade(after, dismiss);
    expect(dismissed.corrections.duplicates!.map((s) => s.entities.map((e) => e.id))).toEqual([["c", "d"]]);
  });

  it("takes an undone decision off the list; an undone split sends what pointed at the new entity back to the old", () => {
    const before = state({
      selection: ["a-2"],
      corrections: { ...initialState().corrections, decisions: [split, reject] },
    });
    const after = decisionUndone(before, split);
    expect(after.corrections.decisions).toEqual([reject]);
    expect(after.corrections.notice).toBe("Undone: split.");
    expect(after.selection).toEqual(["a"]);
    expect(decisionUndone(state({ selection: ["b"] }), merge).selection).toEqual(["b"]);
  });

  it("shows a refused correction in the server's words, in the panel and as a toast, unless the banner says it", () => {
    const sent = correctionSent(state(), "Renaming…");
    expect(sent.corrections.pending).toBe("Renaming…");
    const refused = afterFailure(sent, new ApiError(404, "Not Found", "no entity with id x"), correctionFailed);
    expect(refused.corrections).toMatchObject({ pending: null, error: "No entity with id x" });
    expect(refused.toast).toBe("No entity with id x");
    const down = afterFailure(sent, new NetworkError("/api/decisions: fetch failed"), correctionFailed);
    expect(down.connection.kind).toBe("server-down");
    expect(down.toast).toBeNull();
  });

  it("loads lists, reports an import, and opens and cancels a merge", () => {
    expect(decisionsLoaded(state(), [reject]).corrections.decisions).toEqual([reject]);
    expect(duplicatesLoaded(state(), []).corrections.duplicates).toEqual([]);
    expect(decisionsImported(state(), { imported: 1, skipped: 2 }).corrections.notice).toBe(
      "Imported 1 decision, skipped 2 already stored.",
    );
    const proposed = mergeProposed(state(), ["a", "b"]);
    expect(proposed.corrections.mergePair).toEqual(["a", "b"]);
    expect(mergeCancelled(proposed).corrections.mergePair).toBeNull();
  });

  it("opens the add-relation dialog for an entity, clearing an old message; cancelling or a decision closes it", () => {
    const entity = { id: "a", name: "A", label: "State" as const };
    const opened = addRelationProposed(authorMissing(state()), entity);
    expect(opened.corrections).toMatchObject({ addingFrom: entity, error: null });
    expect(addRelationCancelled(opened).corrections.addingFrom).toBeNull();
    expect(decisionMade(opened, reject).corrections.addingFrom).toBeNull();
  });

  it("knows which entities a decision names and which it removes", () => {
    expect(entitiesOf(merge)).toEqual(["b", "a"]);
    expect(entitiesOf(reject)).toEqual(["a", "b"]);
    expect(entitiesOf(split)).toEqual(["a", "a-2"]);
    expect(entitiesOf(dismiss)).toEqual(["a", "c"]);
    expect(entitiesOf({ kind: "reject", id: "x", relation: "nonsense", ...stamp })).toEqual([]);
    expect([...entitiesGone(merge, false)]).toEqual([["b", "a"]]);
    expect([...entitiesGone(merge, true)]).toEqual([]);
    expect([...entitiesGone(split, true)]).toEqual([["a-2", "a"]]);
    expect([...entitiesGone(reject, false)]).toEqual([]);
  });

  it("keeps the better-connected entity by default, the first on a tie", () => {
    const degrees: Record<string, number> = { a: 1, b: 3, c: 1 };
    expect(defaultSurvivor(["a", "b"], (id) => degrees[id])).toBe("b");
    expect(defaultSurvivor(["a", "c"], (id) => degrees[id])).toBe("a");
  });
});

describe("corrections in words", () => {
  const names: Record<string, string> = { a: "Norland", b: "Estovia" };
  const nameOf = (id: string) => names[id];

  it("says what each decision changed, with names where known", () => {
    expect(describeDecision(merge, nameOf)).toBe("Estovia merged into Norland");
    expect(describeDecision({ ...merge, from: "gone", into: "unknown" }, nameOf)).toBe("B merged into A");
    expect(describeDecision(reject, nameOf)).toBe("Rejected: Norland backs Estovia");
    expect(describeDecision({ kind: "confirm", id: "c", relation: "a|BACKS|b|negated", ...stamp }, nameOf)).toBe(
      "Confirmed: Norland backs Estovia (negated)",
    );
    expect(describeDecision(split, nameOf)).toBe("“Kingdom of A” split off Norland as Kingdom of A (State)");
    expect(describeDecision({ kind: "rename", id: "n", entity: "a", name: "Northland", ...stamp }, nameOf)).toBe(
      "Renamed to Northland (a)",
    );
    expect(
      describeDecision(
        { kind: "retype", id: "t", entity: "a", label: "Group", entityKind: "league", ...stamp },
        nameOf,
      ),
    ).toBe("Norland is now Group (league)");
    expect(describeDecision(dismiss, nameOf)).toBe("Norland and c are not the same");
  });

  it("says why a pair is suggested", () => {
    expect(describeReason({ kind: "similar-name", similarity: 0.876 })).toBe("similar names (88%)");
    expect(describeReason({ kind: "shared-alias", alias: "the Alliance" })).toBe("both called “the Alliance”");
    expect(describeReason({ kind: "shared-neighbours", count: 1 })).toBe("1 shared neighbour");
    expect(describeReason({ kind: "short-name", name: "Netanyahu", of: "Benjamin Netanyahu" })).toBe(
      "“Netanyahu” may be short for “Benjamin Netanyahu”",
    );
  });
});

describe("the graph after a correction", () => {
  it("updates the entities and the relations between shown nodes, drops the relations the server no longer has, and adds nothing else", () => {
    const graph = createGraph();
    mergePayload(graph, payload([node("a"), node("b"), node("c")], [edge("a", "BACKS", "b"), edge("a", "LEADS", "c")]));
    const fresh = payload(
      [{ ...node("a"), name: "Renamed" }, node("b"), node("far")],
      [edge("a", "BACKS", "b", { confirmed: true }), edge("a", "ATTACKED", "far")],
    );
    const { addedNodes, removedEdges } = refreshAround(graph, ["a"], fresh);
    expect(addedNodes).toEqual([]);
    expect(removedEdges).toEqual(["a|LEADS|c"]);
    expect(graph.getNodeAttribute("a", "label")).toBe("Renamed");
    expect(graph.getEdgeAttribute("a|BACKS|b", "properties").confirmed).toBe(true);
    expect(graph.hasNode("far")).toBe(false);
    expect(graph.hasNode("c")).toBe(true);
  });

  it("drops nothing when the server's page of neighbours is not complete", () => {
    const graph = createGraph();
    mergePayload(graph, payload([node("a"), node("c")], [edge("a", "LEADS", "c")]));
    const page = { ...payload([node("a")]), more: 5 };
    expect(refreshAround(graph, ["a"], page).removedEdges).toEqual([]);
    expect(graph.hasEdge("a|LEADS|c")).toBe(true);
  });

  it("brings back an entity a correction names, beside its neighbour", () => {
    const graph = createGraph();
    mergePayload(graph, payload([node("a")]));
    const { addedNodes } = refreshAround(graph, ["a", "b"], payload([node("a"), node("b")], [edge("b", "BACKS", "a")]));
    expect(addedNodes).toEqual(["b"]);
    expect(graph.hasEdge("b|BACKS|a")).toBe(true);
  });

  it("draws a rejected relation grey and thin, its label marked", () => {
    const graph = createGraph();
    mergePayload(graph, payload([node("a"), node("b")], [edge("a", "BACKS", "b", { rejected: true, count: 9 })]));
    const display = reduceEdge(
      "a|BACKS|b",
      graph.getEdgeAttributes("a|BACKS|b"),
      restingView(graph, { edgeLabels: true }),
    );
    expect(display).toMatchObject({ color: REJECTED_EDGE_COLOR, size: 1, label: "rejected: backs" });
  });
});

describe("Show rejected is a server filter and part of the link", () => {
  it("reloads when it changes and is sent with the server's filters", () => {
    const on = { ...DEFAULT_FILTERS, includeRejected: true };
    expect(needsReload(DEFAULT_FILTERS, on)).toBe(true);
    expect(serverFilters(on)).toEqual({ source: undefined, article: undefined, includeRejected: true });
  });

  it("round-trips through the link, absent by default", () => {
    const link = encodeUrlState({ ...EMPTY_URL_STATE, filters: { ...DEFAULT_FILTERS, includeRejected: true } });
    expect(link).toBe("?rejected=show");
    expect(decodeUrlState(link).filters.includeRejected).toBe(true);
    expect(decodeUrlState("").filters.includeRejected).toBe(false);
  });
});
