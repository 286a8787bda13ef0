import request from "supertest";
import { GraphPayloadSchema } from "../../domain";
import { createApp } from "../../server/app";
import { IDS } from "./fixtures/news-graph";
import { ServerHarness, databaseFingerprint, serverHarness } from "./support";

describe("POST /api/cypher", () => {
  let h: ServerHarness;
  let fingerprint: string;
  beforeAll(async () => {
    h = await serverHarness();
    fingerprint = await databaseFingerprint(h.driver);
  });
  afterAll(() => h.close());

  const cypher = (query: string, params?: Record<string, unknown>) => request(h.app).post("/api/cypher").send({ query, params });

  it("returns a table and the graph of the nodes and relations in it", async () => {
    const res = await cypher("MATCH (a:Entity {id: $id})-[r:BACKS]->(b) RETURN a.name AS name, r, b ORDER BY b.id", { id: IDS.iran }).expect(200);
    expect(res.body.columns).toEqual(["name", "r", "b"]);
    expect(res.body.rows).toHaveLength(3);
    expect(res.body.rows[0][0]).toBe("Iran");
    expect(res.body).toMatchObject({ truncated: false, rowLimit: h.config.CYPHER_MAX_ROWS });
    const graph = GraphPayloadSchema.parse(res.body.graph);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([IDS.hamas, IDS.hizbollah, IDS.houthis, IDS.iran].sort());
    expect(graph.edges.map((e) => e.id)).toContain(`${IDS.iran}|BACKS|${IDS.houthis}`);
  });

  it("finds nodes and relations inside paths, lists and maps", async () => {
    const res = await cypher(
      `MATCH p = (:Entity {id: $a})-[:MEMBER_OF]->(us)
       MATCH (us)-[r:SANCTIONED]->(iran)
       RETURN p, [us] AS list, {rel: r, deep: [{node: iran}]} AS map`,
      { a: IDS.mcgurk },
    ).expect(200);
    const ids = res.body.graph.nodes.map((n: { id: string }) => n.id).sort();
    expect(ids).toEqual([IDS.mcgurk, IDS.iran, IDS.us].sort());
    expect(res.body.graph.edges.map((e: { type: string }) => e.type).sort()).toEqual(["MEMBER_OF", "SANCTIONED"]);
  });

  it("adds the endpoints of relations returned without their nodes", async () => {
    const res = await cypher("MATCH ()-[r:SANCTIONED]->() RETURN r").expect(200);
    expect(res.body.graph.nodes.map((n: { id: string }) => n.id).sort()).toEqual([IDS.iran, IDS.us].sort());
    expect(res.body.graph.edges).toHaveLength(1);
  });

  it("passes whole-number parameters as integers and converts Neo4j values to JSON", async () => {
    const res = await cypher("UNWIND range(1, $n) AS x RETURN x, date('2024-01-10') AS d, x * 1.5 AS f LIMIT $n", { n: 3 }).expect(200);
    expect(res.body.rows).toEqual([
      [1, "2024-01-10", 1.5],
      [2, "2024-01-10", 3],
      [3, "2024-01-10", 4.5],
    ]);
  });

  it("cuts the result at the row limit and says so", async () => {
    const small = createApp({ driver: h.driver, config: { ...h.config, CYPHER_MAX_ROWS: 5 } });
    const res = await request(small).post("/api/cypher").send({ query: "UNWIND range(1, 100) AS x RETURN x" }).expect(200);
    expect(res.body.rows).toHaveLength(5);
    expect(res.body).toMatchObject({ truncated: true, rowLimit: 5 });
  });

  it("stops a query that runs past the timeout with a 400 that says so", async () => {
    const slow = createApp({ driver: h.driver, config: { ...h.config, CYPHER_TIMEOUT_MS: 300 } });
    const res = await request(slow)
      .post("/api/cypher")
      .send({ query: "UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x)" })
      .expect(400);
    expect(res.body.detail).toMatch(/longer than 300 ms/);
  });

  it("reports a syntax error as the caller's mistake", async () => {
    const res = await cypher("MATCH (n RETURN n").expect(400);
    expect(res.body.detail).toMatch(/^query failed: SyntaxError/);
  });

  it.each([
    ["CREATE", "CREATE (n:Entity:Actor {id: 'actor:intruder', name: 'Intruder'})"],
    ["MERGE", "MERGE (n:Entity:Actor {id: 'actor:intruder'})"],
    ["SET", "MATCH (n:Entity) SET n.name = 'x'"],
    ["DELETE", "MATCH ()-[r:BACKS]->() DELETE r"],
    ["DETACH DELETE", "MATCH (n) DETACH DELETE n"],
    ["REMOVE", "MATCH (n:Entity) REMOVE n.name"],
    ["CREATE INDEX", "CREATE INDEX intruder FOR (n:Entity) ON (n.kind)"],
    ["DROP", "DROP INDEX entity_names"],
    ["CALL dbms.*", "CALL dbms.components()"],
    ["LOAD CSV", "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"],
    ["a write in a CALL subquery", "MATCH (n:Entity) CALL (n) { SET n.name = 'x' } RETURN count(*)"],
    ["a write after WITH", "MATCH (n:Entity) WITH n LIMIT 1 DETACH DELETE n"],
    ["FOREACH", "MATCH (n:Entity) FOREACH (x IN [1] | SET n.hacked = x)"],
    ["multiple statements", "MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n"],
    ["a write behind a comment", "MATCH (n) // look, a comment\nDETACH DELETE n"],
    ["a write after a block comment", "/* just reading */ CREATE (n:Entity {id: 'x'})"],
    ["a writing procedure", "CALL db.createLabel('Intruder')"],
  ])("refuses %s with a 400 that says why, and the database is unchanged", async (_kind, query) => {
    const res = await cypher(query).expect(400);
    expect(res.body).toMatchObject({ status: 400, title: "Bad Request" });
    expect(res.body.detail).toMatch(/^query refused: /);
    expect(await databaseFingerprint(h.driver)).toBe(fingerprint);
  });

  it("refuses a write that only the query plan reveals, every time it is sent", async () => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const res = await cypher("CALL db.createProperty('intruder')").expect(400);
      expect(res.body.detail).toMatch(/plan says this query writes/);
    }
  });

  it("answers a query run again, whose plan was checked the first time, the same way", async () => {
    const query = "MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS a, type(r) AS type, b.id AS b ORDER BY a, type, b";
    const first = await cypher(query).expect(200);
    const again = await cypher(query).expect(200);
    expect(again.body).toEqual(first.body);
    expect(first.body.rows.length).toBeGreaterThan(0);
  });

  it("validates the body", async () => {
    await request(h.app).post("/api/cypher").send({}).expect(400);
    await request(h.app).post("/api/cypher").send({ query: 42 }).expect(400);
    await request(h.app).post("/api/cypher").send({ query: "RETURN 1", params: [1] }).expect(400);
    await request(h.app).post("/api/cypher").set("Content-Type", "application/json").send("{not json").expect(400);
  });

  it("limits the rate of requests per client", async () => {
    const limited = createApp({ driver: h.driver, config: { ...h.config, RATE_LIMIT_PER_MINUTE: 2 } });
    await request(limited).post("/api/cypher").send({ query: "RETURN 1" }).expect(200);
    await request(limited).post("/api/cypher").send({ query: "RETURN 1" }).expect(200);
    const res = await request(limited).post("/api/cypher").send({ query: "RETURN 1" }).expect(429);
    expect(res.body).toMatchObject({ status: 429, title: "Too Many Requests" });
  });
});
