import express, { Express, Router } from "express";
import { Driver, Neo4jError } from "neo4j-driver";
import { CHECK_RESPONSES, errorMiddleware, serveEndpoint, toProblem } from "../../server/http";
import request, { Response } from "supertest";
import { API_BASE, ENDPOINTS, Endpoint, EndpointName, ProblemSchema } from "../../domain/api";
import { closeApp, createApp } from "../../server/app";
import { ARTICLES, IDS } from "./fixtures/news-graph";
import { ServerHarness, serverHarness } from "./support";

interface RouterLayer {
  rawPath?: unknown;
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: RouterLayer[] };
}

/** Every route of the app as "METHOD path", walking routers mounted in routers (Express 5 keeps each layer's path). */
function routesOf(stack: RouterLayer[], prefix = ""): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const paths = ([] as string[]).concat(layer.route.path);
      const methods = Object.keys(layer.route.methods).filter((m) => m !== "_all");
      return paths.flatMap((path) => methods.map((method) => `${method.toUpperCase()} ${prefix}${path}`));
    }
    if (layer.handle?.stack)
      return routesOf(
        layer.handle.stack,
        typeof layer.rawPath === "string" && layer.rawPath !== "/" ? prefix + layer.rawPath : prefix,
      );
    return [];
  });
}

const contractRoutes = Object.values<Endpoint>(ENDPOINTS).map(
  (e) => `${e.method.toUpperCase()} ${e.path.replace(/\{(\w+)\}/g, ":$1")}`,
);

/** The API's description of itself: the OpenAPI document and its docs page, not endpoints of the contract. */
const DESCRIPTION_ROUTES = ["GET /api/openapi.json", "GET /api/docs", "GET /api/docs/", "GET /api/docs/init.js"];

/** Routes under /api that are neither contract endpoints nor the API's description. */
function routesOutsideContract(app: Express): string[] {
  return routesOf((app as unknown as { router: { stack: RouterLayer[] } }).router.stack)
    .filter((route) => route.split(" ")[1].startsWith(API_BASE))
    .filter((route) => !contractRoutes.includes(route) && !DESCRIPTION_ROUTES.includes(route));
}

/** A driver whose every session fails as when Neo4j is not reachable. */
const unreachable = {
  session: () => {
    throw new Neo4jError("connect ECONNREFUSED 127.0.0.1:7687", "ServiceUnavailable", "", "");
  },
} as unknown as Driver;

/** Checks an answer against the contract: the success schema (or a download's media type), or a problem document with the status. */
function expectContract(endpoint: Endpoint, status: number, res: Response): void {
  expect({ status: res.status, body: res.body }).toMatchObject({ status });
  if (status < 400) {
    if (endpoint.response) expect(endpoint.response.safeParse(res.body).error?.issues).toBeUndefined();
    else expect(endpoint.download).toContain(res.type);
    return;
  }
  expect(res.type).toBe("application/problem+json");
  expect(ProblemSchema.parse(res.body).status).toBe(status);
}

describe("the API contract", () => {
  let h: ServerHarness;
  let down: Express;
  let limited: Express;
  let small: Express;
  /** One upload may wait behind the running one. */
  let uploads: Express;
  beforeAll(async () => {
    h = await serverHarness();
    const withConfig = (patch: Partial<ServerHarness["config"]>, driver = h.driver) =>
      createApp({ driver, config: { ...h.config, ...patch }, checkResponses: true });
    down = withConfig({}, unreachable);
    limited = withConfig({ RATE_LIMIT_PER_MINUTE: 1, INGEST_RATE_LIMIT_PER_MINUTE: 1 });
    small = withConfig({ BODY_LIMIT: "1kb" });
    uploads = withConfig({ INGEST_QUEUE_LIMIT: 1 });
  });
  afterAll(async () => {
    await Promise.all([down, limited, small, uploads].map(closeApp));
    await h.close();
  });

  it("has an entry for every route under /api, and a route for every entry", () => {
    expect(routesOutsideContract(h.app)).toEqual([]);
    const registered = routesOf((h.app as unknown as { router: { stack: RouterLayer[] } }).router.stack);
    expect(contractRoutes.filter((route) => !registered.includes(route))).toEqual([]);
  });

  it("checks, when asked (tests do), every answer against its schema before sending it", async () => {
    const app = express();
    app.set(CHECK_RESPONSES, true);
    const router = Router();
    serveEndpoint(
      router,
      ENDPOINTS.health,
      [],
      () => ({ status: "ok", neo4j: "up", version: 5, database: "neo4j" }) as never,
    );
    app.use(API_BASE, router);
    app.use(errorMiddleware);
    const res = await request(app).get("/api/health").expect(500);
    expect(res.body.detail).toMatch(/GET \/api\/health breaks its contract: version/);
  });

  it("notices a route made without the contract", () => {
    const app = createApp({ driver: h.driver, config: h.config });
    app.get("/api/stray", (_req, res) => void res.json({}));
    expect(routesOutsideContract(app)).toEqual(["GET /api/stray"]);
  });

  it("serves a status page with the database's counts when no explorer is built", async () => {
    const res = await request(h.app).get("/").expect(200);
    expect(res.text).toMatch(/Newsgraph server is up/);
    expect(res.text).toMatch(/4 articles/);
  });

  const token = () => ({ Authorization: `Bearer ${h.token}` });
  const wrongToken = { Authorization: "Bearer not-the-token-at-all" };
  const elsewhere = { Origin: "http://elsewhere.test" };
  const relationId = encodeURIComponent(`${IDS.iran}|BACKS|${IDS.houthis}`);
  const article = (title: string) => ({
    articles: [{ title, text: "Iran backs the Houthis in Yemen, officials said on Monday." }],
  });
  const jobs: { running?: string } = {};
  const decisions: { made?: string } = {};
  const dismissal = {
    kind: "dismiss",
    id: "contract-dismissal",
    at: "2026-01-01T00:00:00.000Z",
    author: "contract test",
    note: "",
    entities: [IDS.oman, IDS.qatar],
  };
  const rename = (entity: string) => ({ kind: "rename", author: "contract test", entity, name: "Sultanate of Oman" });
  const postUpload = (body: object) => request(uploads).post("/api/ingest").set(token()).send(body);
  const twice = async (send: () => request.Test) => {
    await send();
    return send();
  };

  /*
   * One request per endpoint and status the contract declares, run in this order (the last ones write).
   * Every JSON answer is also checked by the app itself (checkResponses), so a wrong shape is a 500 here.
   */
  const cases: [EndpointName, number, () => Promise<Response>][] = [
    ["health", 200, () => request(h.app).get("/api/health")],
    ["health", 503, () => request(down).get("/api/health")],
    ["stats", 200, () => request(h.app).get("/api/stats")],
    ["stats", 503, () => request(down).get("/api/stats")],
    ["overview", 200, () => request(h.app).get("/api/graph?limit=5")],
    ["overview", 400, () => request(h.app).get("/api/graph?limit=0")],
    ["overview", 503, () => request(down).get("/api/graph")],
    ["entity", 200, () => request(h.app).get(`/api/entities/${IDS.iran}`)],
    ["entity", 400, () => request(h.app).get(`/api/entities/${IDS.iran}?limit=none`)],
    ["entity", 404, () => request(h.app).get("/api/entities/state:atlantis")],
    ["entity", 503, () => request(down).get(`/api/entities/${IDS.iran}`)],
    ["relation", 200, () => request(h.app).get(`/api/relations/${relationId}`)],
    ["relation", 400, () => request(h.app).get("/api/relations/not-a-relation")],
    [
      "relation",
      404,
      () => request(h.app).get(`/api/relations/${encodeURIComponent(`${IDS.oman}|ATTACKED|${IDS.qatar}`)}`),
    ],
    ["relation", 503, () => request(down).get(`/api/relations/${relationId}`)],
    ["neighbours", 200, () => request(h.app).get(`/api/neighbours?ids=${IDS.iran},${IDS.us}&hops=2`)],
    ["neighbours", 400, () => request(h.app).get("/api/neighbours")],
    ["neighbours", 404, () => request(h.app).get("/api/neighbours?ids=state:atlantis")],
    ["neighbours", 503, () => request(down).get(`/api/neighbours?ids=${IDS.iran}`)],
    ["search", 200, () => request(h.app).get("/api/search?q=hout")],
    ["search", 400, () => request(h.app).get("/api/search")],
    ["search", 503, () => request(down).get("/api/search?q=hout")],
    ["paths", 200, () => request(h.app).get(`/api/paths?from=${IDS.mcgurk}&to=${IDS.hizbollah}`)],
    ["paths", 400, () => request(h.app).get(`/api/paths?from=${IDS.mcgurk}&to=${IDS.mcgurk}`)],
    ["paths", 404, () => request(h.app).get(`/api/paths?from=${IDS.mcgurk}&to=state:atlantis`)],
    ["paths", 503, () => request(down).get(`/api/paths?from=${IDS.mcgurk}&to=${IDS.hizbollah}`)],
    ["articles", 200, () => request(h.app).get("/api/articles")],
    ["articles", 400, () => request(h.app).get("/api/articles?limit=0")],
    ["articles", 503, () => request(down).get("/api/articles")],
    ["article", 200, () => request(h.app).get(`/api/articles/${ARTICLES.talks}`)],
    ["article", 400, () => request(h.app).get("/api/articles/%20")],
    ["article", 404, () => request(h.app).get("/api/articles/a-nowhere")],
    ["article", 503, () => request(down).get(`/api/articles/${ARTICLES.talks}`)],
    ["cypher", 200, () => request(h.app).post("/api/cypher").send({ query: "MATCH p = ()-[:BACKS]->() RETURN p" })],
    ["cypher", 400, () => request(h.app).post("/api/cypher").send({ query: " " })],
    ["cypher", 403, () => request(h.app).post("/api/cypher").set(elsewhere).send({ query: "RETURN 1" })],
    ["cypher", 415, () => request(h.app).post("/api/cypher").set("Content-Type", "text/plain").send("RETURN 1")],
    ["cypher", 429, () => twice(() => request(limited).post("/api/cypher").send({ query: "RETURN 1" }))],
    ["cypher", 503, () => request(down).post("/api/cypher").send({ query: "RETURN 1" })],
    [
      "export",
      200,
      () =>
        request(h.app)
          .post("/api/export")
          .send({ format: "json", ids: [IDS.iran], hops: 1 }),
    ],
    ["export", 400, () => request(h.app).post("/api/export").send({ format: "xls" })],
    ["export", 403, () => request(h.app).post("/api/export").set(elsewhere).send({ format: "json" })],
    ["export", 415, () => request(h.app).post("/api/export").set("Content-Type", "text/plain").send("json")],
    ["export", 429, () => twice(() => request(limited).post("/api/export").send({ format: "json" }))],
    ["export", 503, () => request(down).post("/api/export").send({ format: "json" })],
    [
      "ingest",
      202,
      async () => {
        const res = await postUpload(article("first"));
        jobs.running = res.body.job?.id;
        return res;
      },
    ],
    [
      "ingest",
      503,
      async () => {
        const queued = (await postUpload(article("second")).expect(202)).body.job.id;
        const full = await postUpload(article("third"));
        await request(uploads).delete(`/api/ingest/${queued}`).set(token()).expect(200);
        return full;
      },
    ],
    ["ingest", 400, () => postUpload({ articles: [] })],
    ["ingest", 401, () => request(uploads).post("/api/ingest").send(article("x"))],
    ["ingest", 403, () => request(uploads).post("/api/ingest").set(wrongToken).send(article("x"))],
    [
      "ingest",
      413,
      () =>
        request(small)
          .post("/api/ingest")
          .set(token())
          .send({ articles: [{ text: "x".repeat(5000) }] }),
    ],
    [
      "ingest",
      415,
      () => request(uploads).post("/api/ingest").set(token()).set("Content-Type", "text/plain").send("x"),
    ],
    ["ingest", 429, () => twice(() => request(limited).post("/api/ingest").set(token()).send({ articles: [] }))],
    ["ingestJob", 200, () => request(uploads).get(`/api/ingest/${jobs.running}`)],
    ["ingestJob", 404, () => request(uploads).get("/api/ingest/no-such-job")],
    ["cancelIngestJob", 200, () => request(uploads).delete(`/api/ingest/${jobs.running}`).set(token())],
    ["cancelIngestJob", 409, () => request(uploads).delete(`/api/ingest/${jobs.running}`).set(token())],
    ["cancelIngestJob", 401, () => request(uploads).delete(`/api/ingest/${jobs.running}`)],
    ["cancelIngestJob", 403, () => request(uploads).delete(`/api/ingest/${jobs.running}`).set(wrongToken)],
    ["cancelIngestJob", 404, () => request(uploads).delete("/api/ingest/no-such-job").set(token())],
    ["decisions", 200, () => request(h.app).get("/api/decisions")],
    ["decisions", 503, () => request(down).get("/api/decisions")],
    [
      "createDecision",
      201,
      async () => {
        const res = await request(h.app).post("/api/decisions").set(token()).send(rename(IDS.oman));
        decisions.made = res.body.decision?.id;
        return res;
      },
    ],
    ["createDecision", 400, () => request(h.app).post("/api/decisions").set(token()).send({ kind: "rename" })],
    ["createDecision", 401, () => request(h.app).post("/api/decisions").send(rename(IDS.oman))],
    ["createDecision", 403, () => request(h.app).post("/api/decisions").set(wrongToken).send(rename(IDS.oman))],
    ["createDecision", 404, () => request(h.app).post("/api/decisions").set(token()).send(rename("state:atlantis"))],
    [
      "createDecision",
      415,
      () => request(h.app).post("/api/decisions").set(token()).set("Content-Type", "text/plain").send("rename"),
    ],
    ["createDecision", 503, () => request(down).post("/api/decisions").set(token()).send(rename(IDS.oman))],
    ["exportDecisions", 200, () => request(h.app).get("/api/decisions/export")],
    ["exportDecisions", 503, () => request(down).get("/api/decisions/export")],
    [
      "importDecisions",
      200,
      async () => {
        const exported = await request(h.app).get("/api/decisions/export").expect(200);
        return request(h.app).post("/api/decisions/import").set(token()).send(exported.body);
      },
    ],
    ["importDecisions", 400, () => request(h.app).post("/api/decisions/import").set(token()).send({ decisions: 1 })],
    ["importDecisions", 401, () => request(h.app).post("/api/decisions/import").send({ decisions: [] })],
    [
      "importDecisions",
      403,
      () => request(h.app).post("/api/decisions/import").set(wrongToken).send({ decisions: [] }),
    ],
    [
      "importDecisions",
      415,
      () => request(h.app).post("/api/decisions/import").set(token()).set("Content-Type", "text/plain").send("[]"),
    ],
    [
      "importDecisions",
      503,
      () =>
        request(down)
          .post("/api/decisions/import")
          .set(token())
          .send({ decisions: [dismissal] }),
    ],
    ["undoDecision", 400, () => request(h.app).delete("/api/decisions/%20").set(token())],
    ["undoDecision", 401, () => request(h.app).delete(`/api/decisions/${decisions.made}`)],
    ["undoDecision", 403, () => request(h.app).delete(`/api/decisions/${decisions.made}`).set(wrongToken)],
    ["undoDecision", 404, () => request(h.app).delete("/api/decisions/no-such-decision").set(token())],
    ["undoDecision", 503, () => request(down).delete(`/api/decisions/${decisions.made}`).set(token())],
    ["undoDecision", 200, () => request(h.app).delete(`/api/decisions/${decisions.made}`).set(token())],
    ["duplicateSuggestions", 200, () => request(h.app).get("/api/suggestions/duplicates?labels=State&limit=5")],
    ["duplicateSuggestions", 400, () => request(h.app).get("/api/suggestions/duplicates?limit=0")],
    ["duplicateSuggestions", 503, () => request(down).get("/api/suggestions/duplicates")],
    ["retractArticle", 400, () => request(h.app).delete("/api/articles/%20").set(token())],
    ["retractArticle", 401, () => request(h.app).delete(`/api/articles/${ARTICLES.solo}`)],
    ["retractArticle", 403, () => request(h.app).delete(`/api/articles/${ARTICLES.solo}`).set(wrongToken)],
    ["retractArticle", 404, () => request(h.app).delete("/api/articles/a-nowhere").set(token())],
    ["retractArticle", 503, () => request(down).delete(`/api/articles/${ARTICLES.solo}`).set(token())],
    ["retractArticle", 200, () => request(h.app).delete(`/api/articles/${ARTICLES.solo}`).set(token())],
  ];

  it("has a case for every status every endpoint may answer", () => {
    const declared = Object.entries(ENDPOINTS).flatMap(([name, e]: [string, Endpoint]) =>
      [e.success ?? 200, ...e.errors].map((status) => `${name} ${status}`),
    );
    expect(cases.map(([name, status]) => `${name} ${status}`).sort()).toEqual(declared.sort());
  });

  it.each(cases)("%s answers %i in the contract's shape", async (name, status, send) => {
    expectContract(ENDPOINTS[name], status, await send());
  });

  it("serves an OpenAPI document covering every endpoint, and a docs page without any CDN", async () => {
    const res = await request(h.app).get("/api/openapi.json").expect(200);
    expect(res.body.openapi).toBe("3.1.0");
    expect(Object.keys(res.body.paths).sort()).toEqual(
      [
        "/api/health",
        "/api/stats",
        "/api/graph",
        "/api/entities/{id}",
        "/api/relations/{id}",
        "/api/neighbours",
        "/api/search",
        "/api/paths",
        "/api/articles",
        "/api/articles/{id}",
        "/api/cypher",
        "/api/export",
        "/api/ingest",
        "/api/ingest/{job}",
        "/api/decisions",
        "/api/decisions/{id}",
        "/api/decisions/export",
        "/api/decisions/import",
        "/api/suggestions/duplicates",
      ].sort(),
    );
    const neighbours = res.body.paths["/api/neighbours"].get;
    expect(neighbours.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["ids", "hops", "limit", "offset", "order", "labels", "types", "from", "to"]),
    );
    for (const [path, method] of [
      ["/api/articles/{id}", "delete"],
      ["/api/ingest", "post"],
      ["/api/ingest/{job}", "delete"],
      ["/api/decisions", "post"],
      ["/api/decisions/{id}", "delete"],
      ["/api/decisions/import", "post"],
    ]) {
      expect(res.body.paths[path][method].security).toEqual([{ bearer: [] }, { cookie: [] }]);
    }
    expect(Object.keys(res.body.paths["/api/ingest"].post.requestBody.content).sort()).toEqual([
      "application/json",
      "multipart/form-data",
    ]);
    expect(res.body.paths["/api/ingest"].post.responses[202]).toBeDefined();
    const page = await request(h.app).get("/api/docs").expect(200);
    expect(page.text).not.toMatch(/https?:\/\//);
    for (const asset of ["/api/docs/swagger-ui.css", "/api/docs/swagger-ui-bundle.js", "/api/docs/init.js"])
      await request(h.app).get(asset).expect(200);
  });

  it("answers an unexpected fault with a 500 problem that names the request id and hides the error", async () => {
    const broken = {
      session: () => {
        throw new Error("secret internals at /srv/app.js:12");
      },
    } as unknown as Driver;
    const app = createApp({ driver: broken, config: h.config });
    const res = await request(app).get("/api/stats").set("X-Request-Id", "req-42").expect(500);
    expect(ProblemSchema.parse(res.body)).toEqual({
      status: 500,
      title: "Internal Server Error",
      detail: expect.stringContaining("req-42"),
    });
    expect(res.text).not.toMatch(/secret|srv|\.js/);
    expect(res.headers["x-request-id"]).toBe("req-42");
  });

  it("sets security headers, and allows cross-origin calls only from CORS_ORIGIN", async () => {
    const res = await request(h.app).get("/api/health").set("Origin", "http://elsewhere.test").expect(200);
    expect(res.headers["content-security-policy"]).toMatch(/default-src 'self'/);
    expect(res.headers["content-security-policy"]).not.toMatch(/upgrade-insecure-requests/);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["access-control-allow-origin"]).toBeUndefined();
    const open = createApp({ driver: h.driver, config: { ...h.config, CORS_ORIGIN: "http://elsewhere.test" } });
    const allowed = await request(open).get("/api/health").set("Origin", "http://elsewhere.test").expect(200);
    expect(allowed.headers["access-control-allow-origin"]).toBe("http://elsewhere.test");
  });

  it("answers malformed and oversized JSON bodies with 400 and 413 problems", async () => {
    const bad = await request(h.app)
      .post("/api/cypher")
      .set("Content-Type", "application/json")
      .send('{"query":')
      .expect(400);
    expect(ProblemSchema.parse(bad.body).title).toBe("Bad Request");
    const big = await request(small)
      .post("/api/cypher")
      .send({ query: `RETURN '${"x".repeat(5000)}'` })
      .expect(413);
    expect(big.body).toMatchObject({ status: 413, title: "Payload Too Large" });
  });
});

describe("errors from Neo4j as problems", () => {
  it.each([
    ["ServiceUnavailable", 503, /not reachable/],
    ["SessionExpired", 503, /not reachable/],
    ["Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", 503, /READ_TIMEOUT_MS/],
    ["Neo.ClientError.Security.Unauthorized", 503, /NEO4J_PASSWORD/],
    ["Neo.ClientError.Database.DatabaseNotFound", 503, /NEO4J_DATABASE/],
    ["Neo.TransientError.General.OutOfMemoryError", 503, /try again/],
    ["Neo.DatabaseError.Statement.ExecutionFailed", 503, /try again/],
    ["Neo.ClientError.Statement.SyntaxError", 500, /req-1/],
  ])("%s becomes %i", (code, status, detail) => {
    const problem = toProblem(new Neo4jError("internal message", code, "", ""), "req-1");
    expect(problem.status).toBe(status);
    expect(problem.detail).toMatch(detail);
    expect(problem.detail).not.toMatch(/internal message/);
  });
});
