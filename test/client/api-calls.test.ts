import { ENDPOINTS, Endpoint } from "../../domain/api";
import { NetworkError, api, call } from "../../client/src/api";
import { node, payload } from "./factories";

interface Sent {
  method: string;
  url: URL;
  body?: unknown;
}

/** Answers every request with `body` and records what was sent. */
function answering(body: unknown): Sent[] {
  const sent: Sent[] = [];
  global.fetch = jest.fn(async (input: string, init?: RequestInit) => {
    sent.push({
      method: init?.method ?? "GET",
      url: new URL(input, "http://test"),
      body: typeof init?.body === "string" ? JSON.parse(init.body) : init?.body,
    });
    return new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });
  }) as unknown as typeof fetch;
  return sent;
}

/** The query string as the server's route reads it: parsed with the endpoint's contract schema. */
function serverQuery(endpoint: Endpoint, url: URL): unknown {
  return endpoint.query?.parse(Object.fromEntries(url.searchParams));
}

describe("the explorer's calls follow the contract", () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it("writes query strings the server's schemas read back as the values given", async () => {
    const sent = answering(payload([node("a", "State")]));
    await api.neighbours(["a", "b"], {
      limit: 5,
      offset: 10,
      labels: ["State", "Group"],
      types: ["BACKS"],
      from: "2024-01",
    });
    expect(sent[0].url.pathname).toBe(ENDPOINTS.neighbours.path);
    expect(serverQuery(ENDPOINTS.neighbours, sent[0].url)).toEqual({
      ids: ["a", "b"],
      hops: 1,
      order: "evidence",
      limit: 5,
      offset: 10,
      labels: ["State", "Group"],
      types: ["BACKS"],
      from: "2024-01",
      includeRejected: false,
    });
  });

  it("sends a flag only when it is on, as the server's schema reads it", async () => {
    const sent = answering(payload([]));
    await api.overview(10, { includeRejected: true });
    await api.overview(10, { includeRejected: false });
    expect(sent[0].url.searchParams.get("includeRejected")).toBe("true");
    expect(serverQuery(ENDPOINTS.overview, sent[0].url)).toMatchObject({ limit: 10, includeRejected: true });
    expect(sent[1].url.search).toBe("?limit=10");
  });

  it("sends a decision as the contract's draft and reads the stored one back", async () => {
    const stored = {
      kind: "reject",
      relation: "a|BACKS|b",
      author: "Ana",
      note: "",
      id: "d1",
      at: "2026-12-02T06:00:00.000Z",
    };
    const sent = answering({ decision: stored });
    await expect(api.decide({ kind: "reject", relation: "a|BACKS|b", author: "Ana" })).resolves.toEqual(stored);
    expect(sent[0]).toMatchObject({ method: "POST", url: expect.objectContaining({ pathname: "/api/decisions" }) });
    expect(ENDPOINTS.createDecision.body.parse(sent[0].body)).toEqual({
      kind: "reject",
      relation: "a|BACKS|b",
      author: "Ana",
      note: "",
    });
    await api.undoDecision("d1");
    expect(sent[1]).toMatchObject({
      method: "DELETE",
      url: expect.objectContaining({ pathname: "/api/decisions/d1" }),
    });
  });

  it("puts path values into the contract's path, encoded", async () => {
    const sent = answering({});
    await expect(api.relation("a|BACKS|b")).rejects.toBeInstanceOf(NetworkError);
    expect(sent[0].url.pathname).toBe("/api/relations/a%7CBACKS%7Cb");
  });

  it("sends JSON bodies the server's schema accepts", async () => {
    const sent = answering({ columns: [], rows: [], graph: payload([]), truncated: false, rowLimit: 5000 });
    await api.cypher("RETURN 1");
    expect(sent[0]).toMatchObject({ method: "POST", url: expect.objectContaining({ pathname: "/api/cypher" }) });
    expect(ENDPOINTS.cypher.body.parse(sent[0].body)).toEqual({ query: "RETURN 1", params: {} });
  });

  it("refuses an answer the contract's schema rejects", async () => {
    answering({ status: "ok", neo4j: "up" });
    await expect(call(ENDPOINTS.health, {})).rejects.toThrow(/unexpected response, version/);
  });
});
