import { Driver, Neo4jError } from "neo4j-driver";
import { toProblem } from "../../server/http";
import request from "supertest";
import { z } from "zod";
import { createApp } from "../../server/app";
import {
  ArticleDetailSchema,
  ArticleListSchema,
  CypherResponseSchema,
  EntityDetailSchema,
  HealthSchema,
  PathsResponseSchema,
  ProblemSchema,
  RelationDetailSchema,
  SearchResponseSchema,
  StatsSchema,
} from "../../domain/api";
import { GraphPayloadSchema } from "../../domain";
import { ARTICLES, IDS } from "./fixtures/news-graph";
import { ServerHarness, serverHarness } from "./support";

describe("the API contract", () => {
  let h: ServerHarness;
  beforeAll(async () => {
    h = await serverHarness();
  });
  afterAll(() => h.close());

  const cases: [string, string, z.ZodType][] = [
    ["health", "/api/health", HealthSchema],
    ["stats", "/api/stats", StatsSchema],
    ["graph", "/api/graph?limit=5", GraphPayloadSchema],
    ["entity", `/api/entities/${IDS.iran}`, EntityDetailSchema],
    ["relation", `/api/relations/${encodeURIComponent(`${IDS.iran}|BACKS|${IDS.houthis}`)}`, RelationDetailSchema],
    ["neighbours", `/api/neighbours?ids=${IDS.iran},${IDS.us}&hops=2`, GraphPayloadSchema],
    ["search", "/api/search?q=hout", SearchResponseSchema],
    ["paths", `/api/paths?from=${IDS.mcgurk}&to=${IDS.hizbollah}`, PathsResponseSchema],
    ["articles", "/api/articles", ArticleListSchema],
    ["article", `/api/articles/${ARTICLES.talks}`, ArticleDetailSchema],
  ];

  it.each(cases)("%s answers in the documented shape", async (_name, url, schema) => {
    const res = await request(h.app).get(url).expect(200);
    expect(() => schema.parse(res.body)).not.toThrow();
  });

  it("cypher answers in the documented shape", async () => {
    const res = await request(h.app).post("/api/cypher").send({ query: "MATCH p = ()-[:BACKS]->() RETURN p" }).expect(200);
    expect(() => CypherResponseSchema.parse(res.body)).not.toThrow();
  });

  it("serves an OpenAPI document covering every endpoint, and a docs page without any CDN", async () => {
    const res = await request(h.app).get("/api/openapi.json").expect(200);
    expect(res.body.openapi).toBe("3.1.0");
    expect(Object.keys(res.body.paths).sort()).toEqual(
      ["/api/health", "/api/stats", "/api/graph", "/api/entities/{id}", "/api/relations/{id}", "/api/neighbours", "/api/search", "/api/paths", "/api/articles", "/api/articles/{id}", "/api/cypher", "/api/export", "/api/ingest", "/api/ingest/{job}"].sort(),
    );
    const neighbours = res.body.paths["/api/neighbours"].get;
    expect(neighbours.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["ids", "hops", "limit", "offset", "order", "labels", "types", "from", "to"]));
    for (const [path, method] of [["/api/articles/{id}", "delete"], ["/api/ingest", "post"], ["/api/ingest/{job}", "delete"]]) {
      expect(res.body.paths[path][method].security).toEqual([{ bearer: [] }, { cookie: [] }]);
    }
    expect(Object.keys(res.body.paths["/api/ingest"].post.requestBody.content).sort()).toEqual(["application/json", "multipart/form-data"]);
    expect(res.body.paths["/api/ingest"].post.responses[202]).toBeDefined();
    const page = await request(h.app).get("/api/docs").expect(200);
    expect(page.text).not.toMatch(/https?:\/\//);
    for (const asset of ["/api/docs/swagger-ui.css", "/api/docs/swagger-ui-bundle.js", "/api/docs/init.js"]) await request(h.app).get(asset).expect(200);
  });

  it("answers an unexpected fault with a 500 problem that names the request id and hides the error", async () => {
    const broken = { session: () => { throw new Error("secret internals at /srv/app.js:12"); } } as unknown as Driver;
    const app = createApp({ driver: broken, config: h.config });
    const res = await request(app).get("/api/stats").set("X-Request-Id", "req-42").expect(500);
    expect(ProblemSchema.parse(res.body)).toEqual({ status: 500, title: "Internal Server Error", detail: expect.stringContaining("req-42") });
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
    const bad = await request(h.app).post("/api/cypher").set("Content-Type", "application/json").send('{"query":').expect(400);
    expect(ProblemSchema.parse(bad.body).title).toBe("Bad Request");
    const small = createApp({ driver: h.driver, config: { ...h.config, BODY_LIMIT: "1kb" } });
    const big = await request(small).post("/api/cypher").send({ query: `RETURN '${"x".repeat(5000)}'` }).expect(413);
    expect(big.body).toMatchObject({ status: 413, title: "Payload Too Large" });
  });

  it("serves a status page with the database's counts when no explorer is built", async () => {
    const res = await request(h.app).get("/").expect(200);
    expect(res.text).toMatch(/Newsgraph server is up/);
    expect(res.text).toMatch(/4 articles/);
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
