import request from "supertest";
import { strFromU8, unzipSync } from "fflate";
import { GraphPayload, PLOVER_EVENT_TYPE } from "../../domain";
import { writeExtraction } from "../../ingest/load";
import { createApp } from "../../server/app";
import { resetDatabase } from "../support/database";
import { ARTICLES, IDS, newsGraph } from "./fixtures/news-graph";
import { ServerHarness, databaseFingerprint, serverHarness } from "./support";
import { canonical, readCsvExport, readGexfExport, readGraphmlExport, readJsonExport } from "./export-formats";

/** supertest collects a binary body into a Buffer. */
function binary(res: request.Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on("data", (chunk: Buffer) => chunks.push(chunk));
  res.on("end", () => callback(null, Buffer.concat(chunks)));
}

describe("POST /api/export", () => {
  let h: ServerHarness;
  let reference: GraphPayload;
  const selection = { ids: [IDS.iran], hops: 1, withRelations: true };
  const exportAs = (format: string, body: Record<string, unknown> = selection) =>
    request(h.app)
      .post("/api/export")
      .send({ format, ...body });

  beforeAll(async () => {
    h = await serverHarness();
    const res = await exportAs("json").expect(200);
    reference = canonical(readJsonExport(res.text));
  });
  afterAll(() => h.close());

  it("exports the chosen nodes, their neighbours within hops and the relations among them as graphology JSON", async () => {
    expect(reference.nodes.map((n) => n.id)).toEqual([IDS.hamas, IDS.hizbollah, IDS.houthis, IDS.iran, IDS.us].sort());
    const backs = reference.edges.find((e) => e.id === `${IDS.iran}|BACKS|${IDS.houthis}`);
    expect(backs?.properties).toMatchObject({
      count: 2,
      articles: 2,
      articleIds: expect.arrayContaining(["a-sanctions", "a-proxies"]),
      confidence: 0.9,
      firstSeen: "2024-02-05",
      lastSeen: "2024-03-01",
      negated: false,
      evidenceSentence: ["Iran backs the Houthis with weapons.", "Iran backs Hizbollah and the Houthis."],
    });
    // Each piece of evidence names its article by title, outlet and date, not only by id.
    const order = (backs!.properties.evidenceArticle as string[]).map((id) => (id === "a-sanctions" ? 0 : 1));
    const pick = (values: string[]) => order.map((i) => values[i]);
    expect(backs?.properties).toMatchObject({
      evidenceTitle: pick(["Sanctions on Iran", "Iran's proxies"]),
      evidenceSource: pick(["Gulf Daily", "Test Wire"]),
      evidenceDate: pick(["2024-02-05", "2024-03-01"]),
    });
    const iran = reference.nodes.find((n) => n.id === IDS.iran);
    expect(iran).toMatchObject({
      label: "State",
      name: "Iran",
      properties: { mentions: expect.any(Number), aliases: expect.arrayContaining(["Tehran"]) },
    });
    expect(reference.edges.map((e) => e.source).every((s) => reference.nodes.some((n) => n.id === s))).toBe(true);
  });

  it("sends a download with a file name and content type for each format", async () => {
    const expected: Record<string, [RegExp, RegExp]> = {
      gexf: [/gexf/, /\.gexf"?$/],
      graphml: [/graphml/, /\.graphml"?$/],
      json: [/json/, /\.json"?$/],
      csv: [/zip/, /\.zip"?$/],
      cypher: [/cypher/, /\.cypher"?$/],
      plover: [/ndjson/, /\.jsonl"?$/],
    };
    for (const [format, [type, name]] of Object.entries(expected)) {
      const res = await exportAs(format).buffer(true).parse(binary).expect(200);
      expect(res.headers["content-type"]).toMatch(type);
      expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="?newsgraph-\d{4}-\d{2}-\d{2}/);
      expect(res.headers["content-disposition"]).toMatch(name);
    }
  });

  it("round-trips GEXF with types, dates, counts and lists intact", async () => {
    const res = await exportAs("gexf").expect(200);
    expect(canonical(readGexfExport(res.text))).toEqual(reference);
  });

  it("round-trips GraphML (our own writer, read back by graphology-graphml)", async () => {
    const res = await exportAs("graphml").expect(200);
    expect(canonical(readGraphmlExport(res.text))).toEqual(reference);
  });

  it("round-trips CSV: nodes.csv and edges.csv in a zip, with typed headers", async () => {
    const res = await exportAs("csv").buffer(true).parse(binary).expect(200);
    const files = unzipSync(new Uint8Array(res.body));
    expect(Object.keys(files).sort()).toEqual(["edges.csv", "nodes.csv"]);
    expect(strFromU8(files["nodes.csv"]).split("\r\n")[0]).toMatch(/^id:string,label:string,name:string,/);
    expect(canonical(readCsvExport(res.body))).toEqual(reference);
  });

  it("round-trips articles and their MENTIONED_IN offsets too, in every format", async () => {
    const articleSelection = { ids: [ARTICLES.talks, IDS.us, IDS.oman] };
    const json = canonical(readJsonExport((await exportAs("json", articleSelection).expect(200)).text));
    expect(json.nodes.find((n) => n.id === ARTICLES.talks)).toMatchObject({
      label: "Article",
      name: "Indirect talks in Oman",
      properties: { authors: ["A. Writer"] },
    });
    expect(json.nodes.find((n) => n.id === ARTICLES.talks)?.properties).not.toHaveProperty("text");
    const mention = json.edges.find((e) => e.type === "MENTIONED_IN" && e.source === IDS.oman);
    expect(mention?.properties).toMatchObject({
      count: expect.any(Number),
      starts: expect.any(Array),
      ends: expect.any(Array),
    });
    expect(canonical(readGexfExport((await exportAs("gexf", articleSelection).expect(200)).text))).toEqual(json);
    expect(canonical(readGraphmlExport((await exportAs("graphml", articleSelection).expect(200)).text))).toEqual(json);
    const zip = await exportAs("csv", articleSelection).buffer(true).parse(binary).expect(200);
    expect(canonical(readCsvExport(zip.body))).toEqual(json);
  });

  it("writes PLOVER-style JSON Lines, one event record per relation with a PLOVER type", async () => {
    const res = await exportAs("plover").expect(200);
    const records = res.text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    const withType = reference.edges.filter((e) => PLOVER_EVENT_TYPE[e.type]);
    expect(records).toHaveLength(withType.length);
    const backs = records.find((r) => r.id === `${IDS.iran}|BACKS|${IDS.houthis}`);
    expect(backs).toMatchObject({
      date: "2024-02-05",
      source: IDS.iran,
      sourceName: "Iran",
      eventType: "AID",
      target: IDS.houthis,
      targetName: "Houthis",
      text: "Iran backs the Houthis with weapons.",
      article: "a-sanctions",
      articleTitle: "Sanctions on Iran",
      articleSource: "Gulf Daily",
      articleDate: "2024-02-05",
      count: 2,
      negated: false,
    });
  });

  it("exports what a read-only query finds, and refuses a writing one", async () => {
    const res = await exportAs("json", {
      query: "MATCH (a:Entity {id: $id})-[r:ATTACKED]-(b) RETURN a, r, b",
      params: { id: IDS.houthis },
    }).expect(200);
    const graph = readJsonExport(res.text);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([IDS.houthis, IDS.redSea, IDS.us].sort());
    expect(graph.edges.some((e) => e.type === "ATTACKED")).toBe(true);
    const before = await databaseFingerprint(h.driver);
    const refused = await exportAs("json", { query: "MATCH (n) DETACH DELETE n" }).expect(400);
    expect(refused.body.detail).toMatch(/^query refused/);
    expect(await databaseFingerprint(h.driver)).toBe(before);
  });

  it("exports nodes without their relations when asked", async () => {
    const res = await exportAs("json", { ids: [IDS.iran, IDS.us], withRelations: false }).expect(200);
    const graph = readJsonExport(res.text);
    expect(graph.nodes).toHaveLength(2);
    expect(graph.edges).toEqual([]);
  });

  it("validates the request and refuses a subgraph above EXPORT_MAX_NODES", async () => {
    await exportAs("pdf").expect(400);
    await request(h.app).post("/api/export").send({}).expect(400);
    await exportAs("json", { ids: [IDS.iran], query: "MATCH (n) RETURN n" }).expect(400);
    await exportAs("json", { hops: 2 }).expect(400);
    await exportAs("json", { ids: [IDS.iran], hops: 4 }).expect(400);
    const small = createApp({ driver: h.driver, config: { ...h.config, EXPORT_MAX_NODES: 3 } });
    const res = await request(small).post("/api/export").send({ format: "json" }).expect(400);
    expect(res.body.detail).toMatch(/EXPORT_MAX_NODES/);
  });

  it("writes a Cypher script that recreates the subgraph in an empty database", async () => {
    const res = await exportAs("cypher").expect(200);
    const statements = res.text.split("\n").filter((line) => line.trim() && !line.startsWith("//"));
    expect(statements.every((s) => !s.includes("$"))).toBe(true);
    await resetDatabase(h.driver);
    try {
      for (const statement of statements) await h.driver.executeQuery(statement, {}, { database: "neo4j" });
      const again = await exportAs("json").expect(200);
      expect(canonical(readJsonExport(again.text))).toEqual(reference);
      const twice = await databaseFingerprint(h.driver);
      for (const statement of statements) await h.driver.executeQuery(statement, {}, { database: "neo4j" });
      expect(await databaseFingerprint(h.driver)).toBe(twice);
    } finally {
      await resetDatabase(h.driver);
      await writeExtraction(h.driver, "neo4j", newsGraph());
    }
  });
});
