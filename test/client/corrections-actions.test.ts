import type { Decision } from "../../domain";
import { createGraph, mergePayload } from "../../client/src/graph";
// Imported module by module: the state index also holds the URL sync, which needs the DOM.
import { createActions, type ViewPort } from "../../client/src/state/actions";
import { initialState } from "../../client/src/state/app-state";
import { createStore } from "../../client/src/state/store";
import { AUTHOR_MISSING } from "../../client/src/state/updates/corrections";
import { DECISION_STAMP, MERGE_B_INTO_A, edge, node, payload } from "./factories";

type Answer = { status?: number; body: unknown };

/** Stands in for the server: each request's method and path are recorded and answered from the routes. */
function fakeServer(routes: Record<string, (url: URL, init?: RequestInit) => Answer>) {
  const calls: string[] = [];
  global.fetch = jest.fn(async (input: string, init?: RequestInit) => {
    const url = new URL(input, "http://test");
    const key = `${init?.method ?? "GET"} ${url.pathname}`;
    calls.push(`${key}${url.search}`);
    const route = routes[key];
    const { status = 200, body } = route
      ? route(url, init)
      : { status: 404, body: { status: 404, title: "Not Found", detail: `no endpoint ${key}` } };
    return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
  }) as unknown as typeof fetch;
  return calls;
}

function setup(routes: Parameters<typeof fakeServer>[0]) {
  const calls = fakeServer(routes);
  const graph = createGraph();
  mergePayload(
    graph,
    payload([node("a", "State"), node("b", "State"), node("c")], [edge("b", "BACKS", "c"), edge("a", "LEADS", "c")]),
  );
  const store = createStore(initialState());
  const view: ViewPort = {
    centreOn: jest.fn(),
    settle: async () => undefined,
    layoutAll: async () => undefined,
    setCamera: jest.fn(),
  };
  const kept = new Map<string, string>();
  const storage = {
    getItem: (k: string) => kept.get(k) ?? null,
    setItem: (k: string, v: string) => void kept.set(k, v),
  };
  return { calls, graph, store, kept, actions: createActions(graph, store, view, storage) };
}

const stamp = DECISION_STAMP;
const merge = MERGE_B_INTO_A;
const reject: Decision = { kind: "reject", id: "r1", relation: "a|LEADS|c", ...stamp };
const detailOf = (id: string) => ({
  node: node(id, "State"),
  articles: [],
  articlesTotal: 0,
  relations: [],
  relationsTotal: 0,
});

describe("corrections actions", () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it("sends nothing without a name, and keeps the name given in local storage", async () => {
    const { calls, store, kept, actions } = setup({});
    await expect(actions.merge("b", "a")).resolves.toBe(false);
    expect(calls).toEqual([]);
    expect(store.get().corrections).toMatchObject({ open: true, error: AUTHOR_MISSING });
    actions.setAuthor(" Ana ");
    expect(kept.get("newsgraph.author")).toBe("Ana");
    expect(store.get().corrections.error).toBeNull();
  });

  it("merges: the entity merged away leaves the graph, its relations reach the survivor, and its panel becomes the survivor's", async () => {
    const { calls, graph, store, actions } = setup({
      "POST /api/decisions": (_, init) => {
        expect(JSON.parse(String(init?.body))).toEqual({
          kind: "merge",
          from: "b",
          into: "a",
          note: "dup",
          author: "Ana",
        });
        return { status: 201, body: { decision: merge } };
      },
      "GET /api/neighbours": () => ({
        body: payload([node("a", "State"), node("c")], [edge("a", "BACKS", "c"), edge("a", "LEADS", "c")]),
      }),
      "GET /api/entities/a": () => ({ body: detailOf("a") }),
    });
    actions.setAuthor("Ana");
    store.set({ focus: "b", entity: { id: "b", name: "B", detail: null, error: null }, selection: ["a", "b"] });
    await expect(actions.merge("b", "a", "dup")).resolves.toBe(true);
    expect(graph.hasNode("b")).toBe(false);
    expect(graph.hasEdge("a|BACKS|c")).toBe(true);
    expect(store.get().focus).toBe("a");
    expect(store.get().entity?.detail?.node.id).toBe("a");
    expect(store.get().corrections.decisions).toEqual([merge]);
    expect(calls).toContain("GET /api/neighbours?ids=a&hops=1&order=evidence&limit=1000");
  });

  it("rejects: the relation leaves the view and its panel closes; undo brings it back", async () => {
    let rejected = true;
    const { graph, store, actions } = setup({
      "POST /api/decisions": () => ({ status: 201, body: { decision: reject } }),
      "DELETE /api/decisions/r1": () => {
        rejected = false;
        return { body: { decision: reject } };
      },
      "GET /api/neighbours": () => ({
        body: payload([node("a", "State"), node("c")], rejected ? [] : [edge("a", "LEADS", "c")]),
      }),
    });
    actions.setAuthor("Ana");
    store.set({ edge: { id: "a|LEADS|c", detail: null, error: null } });
    await actions.reject("a|LEADS|c");
    expect(graph.hasEdge("a|LEADS|c")).toBe(false);
    expect(store.get().edge).toBeNull();
    await actions.undo(reject);
    expect(graph.hasEdge("a|LEADS|c")).toBe(true);
    expect(store.get().corrections.decisions).toEqual([]);
  });

  it("adds a relation by hand: the request carries the note and the sentence, the dialog closes, the edge joins the view marked manual", async () => {
    const added: Decision = {
      kind: "add",
      id: "a1",
      source: "b",
      type: "ATTACKED",
      target: "a",
      evidence: "B attacked A.",
      ...stamp,
      note: "seen on video",
    };
    const manual = {
      ...edge("b", "ATTACKED", "a"),
      properties: { ...edge("b", "ATTACKED", "a").properties, manual: true },
    };
    const { graph, store, actions } = setup({
      "POST /api/decisions": (_, init) => {
        expect(JSON.parse(String(init?.body))).toEqual({
          kind: "add",
          source: "b",
          type: "ATTACKED",
          target: "a",
          note: "seen on video",
          evidence: "B attacked A.",
          author: "Ana",
        });
        return { status: 201, body: { decision: added } };
      },
      "GET /api/neighbours": () => ({
        body: payload(
          [node("a", "State"), node("b", "State")],
          [manual, edge("b", "BACKS", "c"), edge("a", "LEADS", "c")],
        ),
      }),
    });
    actions.setAuthor("Ana");
    actions.proposeAddRelation({ id: "b", name: "B", label: "State" });
    expect(store.get().corrections.addingFrom).toEqual({ id: "b", name: "B", label: "State" });
    await expect(
      actions.addRelation({
        source: "b",
        type: "ATTACKED",
        target: "a",
        note: "seen on video",
        evidence: "B attacked A.",
      }),
    ).resolves.toBe(true);
    expect(store.get().corrections.addingFrom).toBeNull();
    expect(graph.getEdgeAttribute("b|ATTACKED|a", "properties").manual).toBe(true);
    expect(store.get().corrections.decisions).toEqual([added]);
  });

  it("sends no evidence when none was given, and keeps the dialog open with the server's reason when it refuses", async () => {
    const { store, actions } = setup({
      "POST /api/decisions": (_, init) => {
        expect(JSON.parse(String(init?.body))).not.toHaveProperty("evidence");
        return {
          status: 400,
          body: {
            status: 400,
            title: "Bad Request",
            detail: "LEADS joins a Actor/Group/State/Event to a Group/State, not a State to a Place",
          },
        };
      },
    });
    actions.setAuthor("Ana");
    actions.proposeAddRelation({ id: "a", name: "A", label: "State" });
    await expect(
      actions.addRelation({ source: "a", type: "LEADS", target: "c", note: "", evidence: "" }),
    ).resolves.toBe(false);
    expect(store.get().corrections).toMatchObject({
      addingFrom: { id: "a" },
      error: "LEADS joins a Actor/Group/State/Event to a Group/State, not a State to a Place",
    });
    actions.cancelAddRelation();
    expect(store.get().corrections.addingFrom).toBeNull();
  });

  it("says a refused decision in the server's words and changes nothing", async () => {
    const { graph, store, actions } = setup({
      "POST /api/decisions": () => ({
        status: 400,
        body: { status: 400, title: "Bad Request", detail: '"X" is not an alias of a' },
      }),
    });
    actions.setAuthor("Ana");
    await expect(actions.split("a", "X")).resolves.toBe(false);
    expect(store.get().corrections).toMatchObject({ pending: null, error: '"X" is not an alias of a' });
    expect(store.get().toast).toBe('"X" is not an alias of a');
    expect(graph.order).toBe(3);
  });
});
