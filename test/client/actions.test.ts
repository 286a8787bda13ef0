import { NODE_LABELS, RELATION_TYPES, type GraphPayload } from "../../domain";
import type { ArticleDetail, ArticleSummary, IngestJob, Stats } from "../../domain/api";
import { MAX_NODE_SIZE, createGraph } from "../../client/src/graph";
// Imported module by module: the state index also holds the URL sync, which needs the DOM.
import { createActions, type ViewPort } from "../../client/src/state/actions";
import { initialState } from "../../client/src/state/app-state";
import { createStore } from "../../client/src/state/store";
import { edge, node, payload } from "./factories";

type Route = (url: URL, init?: RequestInit) => { status?: number; body: unknown };

/** Stands in for the server: each test routes paths to canned JSON, and the calls are recorded. */
function fakeServer(routes: Record<string, Route>) {
  const calls: string[] = [];
  const fetch = jest.fn(async (input: string, init?: RequestInit) => {
    const url = new URL(input, "http://test");
    calls.push(`${init?.method ?? "GET"} ${url.pathname}${url.search}`);
    const route = Object.entries(routes).find(([prefix]) => url.pathname.startsWith(prefix));
    if (!route)
      return new Response(JSON.stringify({ status: 404, title: "Not Found", detail: `no endpoint ${url.pathname}` }), {
        status: 404,
      });
    const { status = 200, body } = route[1](url, init);
    return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
  });
  return { fetch, calls };
}

function setup(routes: Record<string, Route>) {
  const server = fakeServer(routes);
  global.fetch = server.fetch as unknown as typeof fetch;
  const graph = createGraph();
  const store = createStore(initialState());
  const view: ViewPort & { settled: string[][] } = {
    settled: [],
    centreOn: jest.fn(),
    settle: async (nodes) => void view.settled.push(nodes),
    layoutAll: jest.fn(async () => undefined),
    setCamera: jest.fn(),
  };
  return { graph, store, view, server, actions: createActions(graph, store, view) };
}

const overview: GraphPayload = payload([node("a", "State"), node("b", "Group")], [edge("a", "BACKS", "b")]);
const counts = <K extends string>(keys: readonly K[], given: Partial<Record<K, number>>) =>
  Object.fromEntries(keys.map((k) => [k, given[k] ?? 0])) as Record<K, number>;
const stats: Stats = {
  nodes: counts(NODE_LABELS, { State: 1 }),
  relations: counts(RELATION_TYPES, { BACKS: 1 }),
  articles: 2,
  eventDates: { min: null, max: null },
};
const article = (id: string, title: string, source: string | null = null): ArticleSummary => ({
  id,
  title,
  source,
  date: null,
  authors: [],
  url: null,
});
const job = (patch: Partial<IngestJob>): IngestJob => ({
  id: "j1",
  status: "queued",
  total: 1,
  done: 0,
  files: [],
  createdAt: "2026-01-01T00:00:00.000Z",
  ...patch,
});

describe("actions", () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it("loads the overview into the graph, sizes it and asks for a full layout", async () => {
    const { graph, store, view, actions } = setup({ "/api/graph": () => ({ body: overview }) });
    await actions.loadOverview();
    expect(graph.order).toBe(2);
    expect(store.get().appearance.centrality.get("a")).toBe(1);
    expect(store.get().appearance.nodeSize.get("a")).toBe(MAX_NODE_SIZE);
    // The data graph holds what the server sent and where the layout put it; how it is drawn is the appearance's.
    expect(Object.keys(graph.getNodeAttributes("a")).sort()).toEqual(["label", "nodeLabel", "properties", "x", "y"]);
    expect(Object.keys(graph.getEdgeAttributes("a|BACKS|b")).sort()).toEqual(["category", "properties", "relation"]);
    expect(store.get().graphVersion).toBe(1);
    expect(view.layoutAll).toHaveBeenCalled();
  });

  it("expands by pages, remembers how many are left and only lays out the newcomers", async () => {
    const { graph, store, view, server, actions } = setup({
      "/api/graph": () => ({ body: overview }),
      "/api/neighbours": (url) => ({
        body: {
          ...payload(
            [node("b", "Group"), node(`n${url.searchParams.get("offset")}`)],
            [edge("b", "LEADS", `n${url.searchParams.get("offset")}`)],
          ),
          more: 30,
        },
      }),
    });
    await actions.loadOverview();
    await actions.expand("b");
    await actions.expand("b");
    expect(server.calls.filter((c) => c.includes("/api/neighbours"))).toEqual([
      "GET /api/neighbours?ids=b&hops=1&order=evidence&limit=25&offset=0",
      "GET /api/neighbours?ids=b&hops=1&order=evidence&limit=25&offset=25",
    ]);
    expect(store.get().expansions.b).toEqual({ offset: 50, more: 30, type: undefined, order: "evidence" });
    expect(store.get().expansionLog).toEqual([
      { id: "b", order: "evidence" },
      { id: "b", order: "evidence" },
    ]);
    // The newcomers are lit with the node they came from, and the camera is asked to frame them.
    expect(store.get().highlight).toMatchObject({ reason: "expand", nodes: expect.arrayContaining(["b", "n25"]) });
    expect(view.centreOn).toHaveBeenLastCalledWith(expect.arrayContaining(["b", "n0", "n25"]));
    expect(view.settled).toEqual([["n0"], ["n25"]]);
    expect(graph.hasEdge("b|LEADS|n25")).toBe(true);
  });

  it("narrows an expansion to one relation type", async () => {
    const { server, actions } = setup({ "/api/neighbours": () => ({ body: payload([]) }) });
    await actions.expand("b", "ATTACKED");
    expect(server.calls[0]).toContain("types=ATTACKED");
  });

  it("lights a search result's neighbourhood and opens its panel", async () => {
    const { store, actions } = setup({
      "/api/graph": () => ({ body: overview }),
      "/api/entities/a": () => ({
        body: { node: node("a", "State"), articles: [], articlesTotal: 0, relations: [], relationsTotal: 0 },
      }),
    });
    await actions.loadOverview();
    await actions.chooseSearchResult({ id: "a", name: "A", label: "State", aliases: [], score: 1 });
    expect(store.get().highlight).toEqual({ nodes: ["a", "b"], edges: ["a|BACKS|b"], reason: "search" });
    expect(store.get().entity?.detail?.node.id).toBe("a");
    expect(store.get().focus).toBe("a");
  });

  it("reloads from the server when the outlet changes, not when a label filter does", async () => {
    const { server, actions } = setup({ "/api/graph": () => ({ body: overview }) });
    await actions.setFilters({ labels: ["State"] });
    expect(server.calls).toEqual([]);
    await actions.setFilters({ source: "Harbour Times" });
    expect(server.calls).toEqual(["GET /api/graph?limit=200&source=Harbour+Times"]);
  });

  it("tells an unreachable server from an unreachable Neo4j", async () => {
    const down = setup({});
    global.fetch = jest.fn(async () => {
      throw new TypeError("Failed to fetch");
    }) as unknown as typeof fetch;
    await down.actions.checkHealth();
    expect(down.store.get().connection.kind).toBe("server-down");

    const neo4jDown = setup({
      "/api/health": () => ({
        status: 503,
        body: { status: 503, title: "Service Unavailable", detail: "Neo4j is not reachable" },
      }),
    });
    await neo4jDown.actions.checkHealth();
    expect(neo4jDown.store.get().connection).toEqual({ kind: "neo4j-down", message: "Neo4j is not reachable" });
  });

  it("runs every call under the one error policy: the banner for a database that is down, the panel's own line for its message, and a later answer clears the banner", async () => {
    let neo4jUp = false;
    const { store, actions } = setup({
      "/api/entities/": () =>
        neo4jUp
          ? { body: { node: node("a", "State"), articles: [], articlesTotal: 0, relations: [], relationsTotal: 0 } }
          : {
              status: 503,
              body: { status: 503, title: "Service Unavailable", detail: "the Neo4j database is not reachable" },
            },
      "/api/paths": () => ({ status: 404, body: { status: 404, title: "Not Found", detail: "no entity b" } }),
      "/api/neighbours": () => ({ body: overview }),
    });
    store.set({ connection: { kind: "ok" } });
    await actions.openEntity("a");
    expect(store.get().connection).toEqual({ kind: "neo4j-down", message: "the Neo4j database is not reachable" });
    expect(store.get().entity).toMatchObject({ id: "a", error: "The Neo4j database is not reachable" });
    expect(store.get().toast).toBeNull();
    neo4jUp = true;
    await actions.openEntity("a");
    expect(store.get().connection).toEqual({ kind: "ok" });
    expect(store.get().entity).toMatchObject({ id: "a", error: null, detail: { node: { id: "a" } } });
    actions.setPathEnd("from", "a", "A");
    actions.setPathEnd("to", "b", "B");
    await actions.findPaths();
    expect(store.get().paths).toMatchObject({ running: false, found: null, error: "No entity b" });
    expect(store.get().toast).toBeNull();
  });

  it("sizes by another metric and colours by community without touching the data graph", async () => {
    const { graph, store, actions } = setup({ "/api/graph": () => ({ body: overview }) });
    await actions.loadOverview();
    const before = JSON.stringify(graph.export());
    const version = store.get().graphVersion;
    actions.setSizeMetric("pagerank");
    actions.setColorMode("community");
    expect(store.get()).toMatchObject({ sizeMetric: "pagerank", colorMode: "community", graphVersion: version });
    expect(store.get().appearance.centrality.get("a")).toBeLessThan(1);
    expect(store.get().appearance.community?.size).toBe(2);
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it("reports an empty database so the explorer can explain how to ingest", async () => {
    const { store, actions } = setup({
      "/api/health": () => ({ body: { status: "ok", neo4j: "up", version: "5.26.0", database: "neo4j" } }),
      "/api/stats": () => ({ body: { ...stats, articles: 0 } }),
    });
    expect(await actions.checkHealth()).toBe(false);
    expect(store.get().connection.kind).toBe("empty");
  });

  it("keeps a refused Cypher query's message for the console and leaves the graph alone", async () => {
    const { graph, store, actions } = setup({
      "/api/cypher": () => ({
        status: 400,
        body: { status: 400, title: "Bad Request", detail: "query refused: DELETE removes data" },
      }),
    });
    await actions.runCypher("MATCH (n) DELETE n", "replace");
    expect(store.get().cypher).toMatchObject({
      running: false,
      result: null,
      error: "Query refused: DELETE removes data",
    });
    expect(graph.order).toBe(0);
  });

  it("exports the selection by id and refuses an empty one with a hint", async () => {
    const { store, server, actions } = setup({ "/api/export": () => ({ body: { ok: true } }) });
    expect(await actions.exportGraph("gexf", "selection")).toBeUndefined();
    expect(store.get().toast).toMatch(/Select nodes first/);
    store.set({ selection: ["a", "b"] });
    const file = await actions.exportGraph("gexf", "selection");
    expect(server.calls).toEqual(["POST /api/export"]);
    expect(file?.fileName).toBe("newsgraph.gexf");
  });

  it("moves the selection ring and the lit neighbourhood to an entity opened from a link, and closes a relation's panel", async () => {
    const { store, actions } = setup({
      "/api/graph": () => ({ body: overview }),
      "/api/entities/": (url) => ({
        body: { node: node(url.pathname.split("/").pop()!, "State"), articles: [], relations: [] },
      }),
    });
    await actions.loadOverview();
    store.set({ selection: ["a"], edge: { id: "a|BACKS|b", detail: null, error: null } });
    await actions.openEntity("b");
    expect(store.get()).toMatchObject({
      focus: "b",
      selection: ["b"],
      edge: null,
      highlight: { reason: "focus", nodes: ["b", "a"] },
    });
    // A deliberate multi-selection stays.
    store.set({ selection: ["a", "b"] });
    await actions.openEntity("a");
    expect(store.get().selection).toEqual(["a", "b"]);
  });

  it("opens a relation's panel with its evidence, and Escape closes the article, then the relation, then the entity", async () => {
    const detail = {
      edge: edge("a", "BACKS", "b"),
      source: node("a", "State"),
      target: node("b", "Group"),
      evidence: [],
      articles: 1,
      outlets: ["X"],
      singleSource: true,
    };
    const { store, server, actions } = setup({ "/api/relations/": () => ({ body: detail }) });
    await actions.openEdge("a|BACKS|b");
    expect(server.calls).toEqual(["GET /api/relations/a%7CBACKS%7Cb"]);
    expect(store.get().edge?.detail?.singleSource).toBe(true);
    store.set({
      entity: { id: "a", name: "A", detail: null, error: null },
      focus: "a",
      article: { id: "x", detail: null, error: null, evidence: null },
    });
    expect(actions.closeTop()).toBe(true);
    expect(store.get()).toMatchObject({ article: null, edge: { id: "a|BACKS|b" } });
    actions.closeTop();
    expect(store.get()).toMatchObject({ edge: null, focus: "a" });
    actions.closeTop();
    expect(store.get()).toMatchObject({ entity: null, focus: null });
    expect(actions.closeTop()).toBe(false);
  });

  it("shows a linked query without running it, and runs it only when asked, timing it and keeping it in the history", async () => {
    const result = { columns: ["n"], rows: [[1]], graph: payload([]), truncated: false, rowLimit: 5000 };
    const { store, server, actions } = setup({ "/api/cypher": () => ({ body: result }) });
    actions.showLinkedQuery("MATCH (n) RETURN n");
    expect(store.get().cypher).toMatchObject({ query: "MATCH (n) RETURN n", fromLink: true, running: false });
    expect(server.calls).toEqual([]);
    await actions.runCypher("MATCH (n) RETURN n", "merge");
    expect(server.calls).toEqual(["POST /api/cypher"]);
    expect(store.get().cypher).toMatchObject({ fromLink: false, error: null, history: ["MATCH (n) RETURN n"] });
    expect(store.get().cypher.elapsedMs).toEqual(expect.any(Number));
  });

  it("cancels a running query and says after how long", async () => {
    const { store, actions } = setup({});
    global.fetch = jest.fn(
      (_input: string, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener("abort", () =>
            reject(Object.assign(new Error("aborted"), { name: "AbortError" })),
          );
        }),
    ) as unknown as typeof fetch;
    const running = actions.runCypher("MATCH (n) RETURN n", "merge");
    expect(store.get().cypher.running).toBe(true);
    actions.cancelCypher();
    await running;
    expect(store.get().cypher).toMatchObject({ running: false, result: null });
    expect(store.get().cypher.error).toMatch(/^Cancelled after \d+\.\d s/);
  });

  it("uploads, follows the job to its end, then brings the new articles' entities in, lit", async () => {
    let polls = 0;
    const { graph, store, server, actions } = setup({
      "/api/ingest/": () => {
        polls += 1;
        return polls === 1
          ? { body: job({ status: "running", files: [{ name: "pasted text 1", status: "pending" }] }) }
          : {
              body: job({
                status: "done",
                done: 1,
                files: [{ name: "pasted text 1", status: "done", articleId: "art-new" }],
                summary: { articles: 1, entities: 2, relations: 1, skipped: 0 },
              }),
            };
      },
      "/api/ingest": () => ({ status: 202, body: { job: job({}) } }),
      "/api/stats": () => ({ body: stats }),
      "/api/articles/art-new": () => {
        const detail: ArticleDetail = {
          article: {
            ...article("art-new", "New"),
            text: "X backs Y.",
            file: null,
            contentHash: null,
            ingestedAt: null,
          },
          mentions: [
            { entity: "x", name: "X", label: "State", start: 0, end: 1 },
            { entity: "y", name: "Y", label: "Group", start: 2, end: 3 },
          ],
          relations: [],
        };
        return { body: detail };
      },
      "/api/articles": () => ({ body: { articles: [article("art-new", "New", "Wire")], total: 1 } }),
      "/api/neighbours": () => ({ body: payload([node("x", "State"), node("y", "Group")], [edge("x", "BACKS", "y")]) }),
    });
    await actions.upload({ articles: [{ text: "X backs Y." }] }, false);
    expect(server.calls.slice(0, 3)).toEqual(["POST /api/ingest", "GET /api/ingest/j1", "GET /api/ingest/j1"]);
    expect(store.get().upload).toMatchObject({ running: false, error: null, job: { status: "done" } });
    expect(graph.hasNode("x") && graph.hasNode("y")).toBe(true);
    expect(store.get().highlight).toEqual({ nodes: ["x", "y"], edges: ["x|BACKS|y"], reason: "upload" });
    expect(store.get().catalogue.sources).toEqual(["Wire"]);
  }, 10000);

  it("reports a refused upload plainly", async () => {
    const { store, actions } = setup({
      "/api/ingest": () => ({
        status: 415,
        body: { status: 415, title: "Unsupported Media Type", detail: "send JSON or multipart/form-data" },
      }),
    });
    await actions.upload({ articles: [{ text: "x" }] }, false);
    expect(store.get().upload).toMatchObject({ running: false, error: "Send JSON or multipart/form-data" });
  });
});
