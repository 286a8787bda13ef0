import request from "supertest";
import { Decision, DecisionDraft, relationKey } from "../../domain";
import { writeExtraction } from "../../ingest/load";
import { resetDatabase } from "../support/database";
import { ServerHarness, serverHarness } from "../server/support";
import { CURATION_IDS as IDS, curationAccusation, curationBase, curationLater } from "./curation-fixture";
import { graphState } from "./graph-state";

const REJECTED = relationKey({ source: IDS.israel, type: "ATTACKED", target: IDS.iran });
const BACKED = relationKey({ source: IDS.iran, type: "BACKS", target: IDS.houthis });

const MERGE: DecisionDraft = {
  kind: "merge",
  author: "analyst",
  note: "Ansarallah is the Houthis' own name",
  from: IDS.ansarallah,
  into: IDS.houthis,
};
const RENAME: DecisionDraft = {
  kind: "rename",
  author: "analyst",
  note: "",
  entity: IDS.houthis,
  name: "Houthi movement",
};
const RETYPE: DecisionDraft = {
  kind: "retype",
  author: "analyst",
  note: "a party, not a person",
  entity: IDS.hezbollah,
  label: "Group",
  entityKind: "militia",
};
const REJECT: DecisionDraft = { kind: "reject", author: "analyst", note: "misread", relation: REJECTED };
const ADDED = relationKey({ source: IDS.iran, type: "ACCUSED", target: IDS.israel });
const ADD: DecisionDraft = {
  kind: "add",
  author: "analyst",
  note: "from a speech the extractor missed",
  source: IDS.iran,
  type: "ACCUSED",
  target: IDS.israel,
  evidence: "Iran accused Israel of the strike.",
};
const CONFIRM: DecisionDraft = { kind: "confirm", author: "analyst", note: "", relation: BACKED };

describe("curation decisions on a real Neo4j", () => {
  let h: ServerHarness;
  const token = () => ({ Authorization: `Bearer ${h.token}` });
  const decide = async (draft: DecisionDraft): Promise<Decision> =>
    (await request(h.app).post("/api/decisions").set(token()).send(draft).expect(201)).body.decision;
  const undo = (id: string) => request(h.app).delete(`/api/decisions/${id}`).set(token()).expect(200);
  const state = () => graphState(h.driver);
  const entity = (id: string) => request(h.app).get(`/api/entities/${encodeURIComponent(id)}`);
  const overviewEdges = async (): Promise<string[]> =>
    (await request(h.app).get("/api/graph?limit=50").expect(200)).body.edges.map((e: { id: string }) => e.id);
  const ingest = (extraction = curationBase(), force = true) =>
    writeExtraction(h.driver, h.config.NEO4J_DATABASE, extraction, { force });

  beforeAll(async () => {
    h = await serverHarness({ extraction: curationBase() });
  });
  afterAll(() => h.close());

  it.each([
    ["merge", MERGE],
    ["rename", RENAME],
    ["retype", RETYPE],
    ["reject", REJECT],
    ["confirm", CONFIRM],
    ["add", ADD],
  ] as const)("%s changes the graph, and undo restores it exactly", async (_kind, draft) => {
    const before = await state();
    const decision = await decide(draft);
    expect(await state()).not.toBe(before);
    await undo(decision.id);
    expect(await state()).toBe(before);
  });

  it("merge: one node keeps both names, the mentions and the relations", async () => {
    const decision = await decide(MERGE);
    await entity(IDS.ansarallah).expect(404);
    const houthis = (await entity(IDS.houthis).expect(200)).body;
    expect(houthis.node.properties.aliases).toEqual(["Ansarallah", "Houthi movement", "Houthis"]);
    expect(houthis.articles.map((a: { id: string }) => a.id).sort()).toEqual(["c-ansarallah", "c-houthis"]);
    const edges = houthis.relations.map((r: { edge: { id: string } }) => r.edge.id);
    expect(edges).toEqual(
      expect.arrayContaining([BACKED, relationKey({ source: IDS.houthis, type: "ATTACKED", target: IDS.israel })]),
    );
    const backs = houthis.relations.find((r: { edge: { id: string } }) => r.edge.id === BACKED).edge.properties;
    expect(backs).toMatchObject({ count: 2, articleIds: ["c-houthis", "c-ansarallah"] });
    await undo(decision.id);
  });

  it("reject hides the relation from every graph read, keeps it stored with who and when", async () => {
    const decision = await decide(REJECT);
    expect(await overviewEdges()).not.toContain(REJECTED);
    const israel = (await entity(IDS.israel).expect(200)).body;
    expect(israel.relations.map((r: { edge: { id: string } }) => r.edge.id)).not.toContain(REJECTED);
    const neighbours = await request(h.app).get(`/api/neighbours?ids=${IDS.israel}`).expect(200);
    expect(neighbours.body.edges.map((e: { id: string }) => e.id)).not.toContain(REJECTED);
    const stored = await request(h.app)
      .get(`/api/relations/${encodeURIComponent(REJECTED)}`)
      .expect(200);
    expect(stored.body.edge.properties).toMatchObject({
      rejected: true,
      rejectedBy: "analyst",
      rejectedAt: decision.at,
    });
    await undo(decision.id);
    expect(await overviewEdges()).toContain(REJECTED);
  });

  it("add writes a relation by hand that outlives the retraction of an article stating it too", async () => {
    const decision = await decide(ADD);
    const relation = () => request(h.app).get(`/api/relations/${encodeURIComponent(ADDED)}`);
    expect((await relation().expect(200)).body.edge.properties).toMatchObject({
      manual: true,
      manualNote: ADD.note,
      manualBy: "analyst",
      manualAt: decision.at,
      manualEvidence: "Iran accused Israel of the strike.",
      count: 0,
      confidence: 1,
    });
    expect(await overviewEdges()).toContain(ADDED);
    await ingest(curationAccusation(), false);
    expect((await relation().expect(200)).body.edge.properties).toMatchObject({ manual: true, count: 1 });
    await request(h.app).delete("/api/articles/c-accusation").set(token()).expect(200);
    expect((await relation().expect(200)).body.edge.properties).toMatchObject({ manual: true, count: 0 });
    await undo(decision.id);
    await relation().expect(404);
  });

  it("includeRejected shows a rejected relation, flagged, on every graph read", async () => {
    const decision = await decide(REJECT);
    const flagged = { rejected: true, rejectedBy: "analyst", rejectedAt: decision.at };
    const edge = (edges: { id: string; properties: object }[]) => edges.find((e) => e.id === REJECTED);
    const overview = await request(h.app).get("/api/graph?limit=50&includeRejected=true").expect(200);
    expect(edge(overview.body.edges)?.properties).toMatchObject(flagged);
    const neighbours = await request(h.app).get(`/api/neighbours?ids=${IDS.israel}&includeRejected=true`).expect(200);
    expect(edge(neighbours.body.edges)?.properties).toMatchObject(flagged);
    const paths = (flag: string) =>
      request(h.app).get(`/api/paths?from=${IDS.israel}&to=${IDS.iran}&maxLength=1${flag}`).expect(200);
    expect((await paths("&includeRejected=true")).body.paths).toEqual([[IDS.israel, IDS.iran]]);
    expect((await paths("")).body.paths).toEqual([]);
    const israel = await request(h.app).get(`/api/entities/${IDS.israel}?includeRejected=true`).expect(200);
    expect(israel.body.relations.map((r: { edge: { id: string } }) => r.edge.id)).toContain(REJECTED);
    const exported = (includeRejected: boolean) =>
      request(h.app).post("/api/export").send({ format: "json", includeRejected }).expect(200);
    expect((await exported(true)).text).toMatch(/"rejected": ?true/);
    expect((await exported(false)).text).not.toMatch(/"rejected"/);
    await undo(decision.id);
  });

  it("overview degrees leave rejected relations out", async () => {
    const degreeOrder = async () =>
      (await request(h.app).get("/api/graph?limit=50").expect(200)).body.nodes.map((n: { id: string }) => n.id);
    const before = await degreeOrder();
    const rejections = [];
    for (const relation of [REJECTED, relationKey({ source: IDS.ansarallah, type: "ATTACKED", target: IDS.israel })])
      rejections.push(await decide({ kind: "reject", author: "analyst", note: "", relation }));
    const after = await degreeOrder();
    expect(after.indexOf(IDS.israel)).toBeGreaterThan(before.indexOf(IDS.israel));
    for (const d of rejections) await undo(d.id);
  });

  it("add answers 400 naming the labels a type joins when the ends do not fit", async () => {
    const res = await request(h.app)
      .post("/api/decisions")
      .set(token())
      .send({ ...ADD, source: IDS.redSea, type: "BACKS", target: IDS.iran })
      .expect(400);
    expect(res.body.detail).toMatch(
      /BACKS joins a Actor\/Group\/State\/Event to a Actor\/Group\/State\/Event, not a Place to a State/,
    );
  });

  it("a reject made before a merge, or named by a merged-away id after it, still finds its relation", async () => {
    const before = await graphState(h.driver, { ignoreIngestTime: true });
    const stale = relationKey({ source: IDS.ansarallah, type: "ATTACKED", target: IDS.israel });
    const merged = relationKey({ source: IDS.houthis, type: "ATTACKED", target: IDS.israel });
    const relation = () =>
      request(h.app)
        .get(`/api/relations/${encodeURIComponent(merged)}`)
        .expect(200);
    const made = [await decide({ kind: "reject", author: "analyst", note: "", relation: stale }), await decide(MERGE)];
    await ingest();
    expect((await relation()).body.edge.properties.rejected).toBe(true);
    for (const d of made.reverse()) await undo(d.id);
    await ingest();
    expect(await graphState(h.driver, { ignoreIngestTime: true })).toBe(before);

    const mergeFirst = await decide(MERGE);
    const late = await decide({ kind: "confirm", author: "analyst", note: "", relation: stale });
    expect((await relation()).body.edge.properties).toMatchObject({ confirmed: true, confidence: 1 });
    await ingest();
    expect((await relation()).body.edge.properties.confirmed).toBe(true);
    await undo(late.id);
    await undo(mergeFirst.id);
    await ingest();
    expect(await graphState(h.driver, { ignoreIngestTime: true })).toBe(before);
  });

  it("every decision holds across a re-ingest of the same articles and an ingest of a new one", async () => {
    for (const draft of [MERGE, RENAME, RETYPE, REJECT, CONFIRM, ADD]) await decide(draft);
    const check = async () => {
      await entity(IDS.ansarallah).expect(404);
      const houthis = (await entity(IDS.houthis).expect(200)).body;
      expect(houthis.node.properties.name).toBe("Houthi movement");
      expect(houthis.node.properties.aliases).toContain("Ansarallah");
      const hezbollah = (await entity(IDS.hezbollah).expect(200)).body;
      expect(hezbollah.node).toMatchObject({ label: "Group", properties: { kind: "militia" } });
      expect(await overviewEdges()).not.toContain(REJECTED);
      const rejected = await request(h.app)
        .get(`/api/relations/${encodeURIComponent(REJECTED)}`)
        .expect(200);
      expect(rejected.body.edge.properties.rejected).toBe(true);
      const confirmed = await request(h.app)
        .get(`/api/relations/${encodeURIComponent(BACKED)}`)
        .expect(200);
      expect(confirmed.body.edge.properties).toMatchObject({ confirmed: true, confidence: 1 });
      const added = await request(h.app)
        .get(`/api/relations/${encodeURIComponent(ADDED)}`)
        .expect(200);
      expect(added.body.edge.properties).toMatchObject({ manual: true, manualNote: ADD.note });
      return rejected.body.edge.properties.count as number;
    };
    expect(await check()).toBe(1);

    await ingest();
    expect(await check()).toBe(1);
    await ingest(curationBase(), false);

    await ingest(curationLater(), false);
    expect(await check()).toBe(2);
    const attacks = await request(h.app)
      .get(
        `/api/relations/${encodeURIComponent(relationKey({ source: IDS.houthis, type: "ATTACKED", target: IDS.israel }))}`,
      )
      .expect(200);
    expect(attacks.body.edge.properties.articleIds).toEqual(["c-ansarallah", "c-later"]);
  });

  it("Decision nodes stay out of the console's graph and of graph exports", async () => {
    const console = await request(h.app).post("/api/cypher").send({ query: "MATCH (d:Decision) RETURN d" }).expect(200);
    expect(console.body.rows).toHaveLength(6);
    expect(console.body.graph.nodes).toEqual([]);
    const exported = await request(h.app).post("/api/export").send({ format: "json" }).expect(200);
    expect(JSON.stringify(exported.body)).not.toMatch(/Decision|"kind":"merge"/);
  });

  it("exported decisions imported into an empty database, then the same articles ingested, give the same graph", async () => {
    await request(h.app).delete("/api/articles/c-later").set(token()).expect(200);
    const graph = await graphState(h.driver, { ignoreIngestTime: true });
    const exported = await request(h.app).get("/api/decisions/export").expect(200);
    expect(exported.headers["content-disposition"]).toBe("attachment; filename=newsgraph-decisions.json");
    expect(exported.body.decisions.map((d: Decision) => d.kind)).toEqual([
      "add",
      "confirm",
      "reject",
      "retype",
      "rename",
      "merge",
    ]);

    await resetDatabase(h.driver, h.config.NEO4J_DATABASE);
    const imported = await request(h.app).post("/api/decisions/import").set(token()).send(exported.body).expect(200);
    expect(imported.body).toEqual({ imported: 6, skipped: 0 });
    const again = await request(h.app).post("/api/decisions/import").set(token()).send(exported.body).expect(200);
    expect(again.body).toEqual({ imported: 0, skipped: 6 });
    await ingest(curationBase(), false);
    expect(await graphState(h.driver, { ignoreIngestTime: true })).toBe(graph);
    expect((await request(h.app).get("/api/decisions").expect(200)).body).toEqual(exported.body);
  });
});
