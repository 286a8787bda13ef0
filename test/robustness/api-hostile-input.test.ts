import fc from "fast-check";
import { Driver } from "neo4j-driver";
import request from "supertest";
import { Express } from "express";
import { writeExtraction } from "../../ingest/load";
import { closeApp, createApp } from "../../server/app";
import { resetDatabase, testConfig, testDriver } from "../support/database";
import { ExtractionBuilder } from "../support/extraction-factory";

/** Everything a hostile request could change: if this moves, something wrote. */
async function fingerprint(driver: Driver): Promise<string> {
  const result = await driver.executeQuery(
    `MATCH (n) WITH count(n) AS nodes, collect(n.id) AS ids
     OPTIONAL MATCH ()-[r]->()
     RETURN nodes, size(ids) AS named, count(r) AS rels, sum(coalesce(r.count, 0)) AS evidence`,
  );
  return JSON.stringify(result.records[0].toObject(), (_k, v) =>
    typeof v === "object" && v?.toNumber ? v.toNumber() : v,
  );
}

const TOKEN = "hostile-input-test-token";

const INJECTIONS = [
  "') DETACH DELETE n //",
  "x' OR 1=1 //",
  '") MATCH (n) DETACH DELETE n RETURN 1 //',
  "*:*",
  "AND OR NOT (",
  "~~~\\\\",
  'name:"Iran" OR aliasText:*',
  "\u0000",
  "%00",
  "\uFFFF\u202E",
  "${jndi:ldap://x}",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "' ; CALL dbms.killQueries([]) //",
];

const CYPHER_ESCAPES = [
  "CREATE (n:Entity {id: 'x'})",
  "MATCH (n) DETACH DELETE n",
  "MATCH (n) SET n.x = 1",
  "MATCH (n) REMOVE n.name",
  "MERGE (n:Entity {id: 'x'})",
  "MATCH (n) CALL (n) { DETACH DELETE n } RETURN 1",
  "MATCH (n) WITH n DELETE n",
  "MATCH (n) FOREACH (x IN [1] | SET n.y = x)",
  "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
  "CREATE INDEX hack IF NOT EXISTS FOR (n:Entity) ON (n.x)",
  "DROP CONSTRAINT entity_id",
  "CALL dbms.security.createUser('x', 'y', false)",
  "CALL db.createLabel('Hacked')",
  "RETURN 1; MATCH (n) DETACH DELETE n",
  "MATCH (n) RETURN n /* */ ; CREATE (x)",
  "MATCH (n) // comment\nDETACH DELETE n",
  "MATCH (n) DETACH\u00A0DELETE n",
  "MATCH (n) ＤＥＬＥＴＥ n",
  "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
  "USING PERIODIC COMMIT CREATE (n)",
  "MATCH (n) CALL { WITH n SET n.z = 1 } RETURN count(*)",
  "UNWIND range(1, 10) AS i CREATE (:Entity {id: toString(i)})",
];

describe("hostile input to the API", () => {
  let driver: Driver;
  let app: Express;
  let before: string;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    const b = new ExtractionBuilder();
    const iran = b.entity("State", "Iran");
    const houthis = b.entity("Group", "Houthis");
    b.article("hostile-1", ["Iran backs the Houthis."], { date: "2024-01-10" });
    b.relation(iran, "BACKS", houthis, "hostile-1", 0);
    await writeExtraction(driver, "neo4j", b.build());
    app = createApp({
      driver,
      config: testConfig({ LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "100000", INGEST_TOKEN: TOKEN }),
    });
    before = await fingerprint(driver);
  });
  afterAll(async () => {
    expect(await fingerprint(driver)).toBe(before);
    await closeApp(app);
    await driver.close();
  });

  const noServerError = (res: request.Response) => {
    expect(res.status).toBeLessThan(500);
    if (res.status >= 400)
      expect(res.body).toEqual(expect.objectContaining({ status: res.status, title: expect.any(String) }));
    expect(JSON.stringify(res.body ?? "")).not.toMatch(/\bat [\w.<>]+ \(.*:\d+:\d+\)/);
  };

  it("answers every GET endpoint with no 5xx for arbitrary query strings and path parameters", async () => {
    const paths = ["/api/graph", "/api/search", "/api/neighbours", "/api/paths", "/api/articles", "/api/stats"];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.dictionary(
          fc.constantFrom(
            "q",
            "limit",
            "offset",
            "labels",
            "types",
            "ids",
            "hops",
            "from",
            "to",
            "maxLength",
            "order",
            "source",
            "article",
            "dateFrom",
          ),
          fc.string({ maxLength: 60 }),
        ),
        async (path, query) => noServerError(await request(app).get(path).query(query)),
      ),
      { numRuns: 120 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("/api/entities/", "/api/articles/"),
        fc.string({ minLength: 1, maxLength: 80 }),
        async (base, id) => noServerError(await request(app).get(base + encodeURIComponent(id))),
      ),
      { numRuns: 60 },
    );
  });

  it("answers POST endpoints with no 5xx for arbitrary JSON bodies", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("/api/cypher", "/api/export", "/api/ingest"),
        fc.jsonValue({ maxDepth: 4 }),
        async (path, body) =>
          noServerError(
            await request(app).post(path).set("content-type", "application/json").send(JSON.stringify(body)),
          ),
      ),
      { numRuns: 80 },
    );
  });

  it("answers the console and export with no 5xx for deep parameters, huge UNIONs and generated queries", async () => {
    const deep = (levels: number, open: string, close: string) => `${open.repeat(levels)}1${close.repeat(levels)}`;
    const union = (parts: number, all: boolean) =>
      Array.from({ length: parts }, (_, i) => `MATCH (n) RETURN ${i} AS x`).join(all ? " UNION ALL " : " UNION ");
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("/api/cypher", "/api/export"),
        fc.integer({ min: 1, max: 12_000 }),
        fc.constantFrom<[string, string]>(['{"d": ', "}"], ["[", "]"]),
        fc.integer({ min: 2, max: 1_200 }),
        fc.boolean(),
        async (path, levels, [open, close], parts, all) => {
          const params = `{"p": ${deep(levels, open, close)}}`;
          const body = (query: string, withParams: boolean) =>
            `{"format": "json", "query": ${JSON.stringify(query)}${withParams ? `, "params": ${params}` : ""}}`;
          noServerError(
            await request(app).post(path).set("content-type", "application/json").send(body("RETURN $p AS p", true)),
          );
          noServerError(
            await request(app)
              .post(path)
              .set("content-type", "application/json")
              .send(body(union(parts, all), false)),
          );
        },
      ),
      { numRuns: 40 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (query) =>
        noServerError(
          await request(app)
            .post("/api/cypher")
            .send({ query: query || "x" }),
        ),
      ),
      { numRuns: 150 },
    );
  });

  it.each(INJECTIONS)("treats %j as data in search terms and ids", async (text) => {
    noServerError(await request(app).get("/api/search").query({ q: text }));
    noServerError(await request(app).get(`/api/entities/${encodeURIComponent(text)}`));
    noServerError(await request(app).get("/api/neighbours").query({ ids: text }));
    noServerError(await request(app).get("/api/paths").query({ from: text, to: "state:iran" }));
    noServerError(await request(app).get(`/api/articles/${encodeURIComponent(text)}`));
  });

  it.each(CYPHER_ESCAPES)("refuses the write hidden in %j", async (query) => {
    const res = await request(app).post("/api/cypher").send({ query });
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/refused|failed|not allowed|read-only/i);
    const exported = await request(app).post("/api/export").send({ format: "json", query });
    expect(exported.status).toBe(400);
  });

  it("rejects huge bodies, deep JSON, invalid UTF-8, NUL bytes and very long strings cleanly", async () => {
    noServerError(
      await request(app)
        .post("/api/cypher")
        .set("content-type", "application/json")
        .send(JSON.stringify({ query: "RETURN 1", pad: "x".repeat(6 * 1024 * 1024) })),
    );
    noServerError(
      await request(app)
        .post("/api/cypher")
        .set("content-type", "application/json")
        .send("[".repeat(100000) + "]".repeat(100000)),
    );
    noServerError(
      await request(app)
        .post("/api/cypher")
        .set("content-type", "application/json")
        .send(Buffer.from([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])),
    );
    noServerError(
      await request(app).post("/api/cypher").set("content-type", "application/json").send('{"query": "RETURN 1'),
    );
    noServerError(await request(app).get("/api/search").query({ q: "a\u0000b" }));
    noServerError(
      await request(app)
        .get("/api/search")
        .query({ q: "x".repeat(5000) }),
    );
    // Past the header size limit Node's HTTP parser itself answers 431, before the app.
    expect(
      (
        await request(app)
          .get("/api/search")
          .query({ q: "x".repeat(100000) })
      ).status,
    ).toBe(431);
    noServerError(await request(app).get("/api/entities/%ED%A0%80"));
    noServerError(await request(app).get("/api/entities/%E0%A4%A"));
    noServerError(await request(app).get("/api/search?q=%ff%fe"));
    noServerError(await request(app).get(`/api/entities/${"y".repeat(5000)}`));
    noServerError(
      await request(app)
        .post("/api/ingest")
        .set("content-type", "text/plain")
        .send(Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0x00])),
    );
    noServerError(await request(app).post("/api/ingest").set("content-type", "application/x-unknown").send("???"));
    noServerError(
      await request(app)
        .post("/api/ingest")
        .set("Authorization", `Bearer ${TOKEN}`)
        .set("content-type", "multipart/form-data; boundary=x")
        .send("--x\r\nbroken"),
    );
    noServerError(
      await request(app)
        .post("/api/ingest")
        .set("Authorization", `Bearer ${TOKEN}`)
        .set("content-type", "multipart/form-data")
        .send("no boundary"),
    );
    noServerError(
      await request(app)
        .post("/api/ingest")
        .set("Authorization", `Bearer ${TOKEN}`)
        .attach("files", Buffer.from([0xc3, 0x28, 0x00]), "bad.txt"),
    );
    noServerError(await request(app).get("/api/ingest/%ff"));
    noServerError(
      await request(app)
        .delete(`/api/ingest/${"x".repeat(5000)}`)
        .set("Authorization", `Bearer ${TOKEN}`),
    );
  });
});
