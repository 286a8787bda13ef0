import request from "supertest";
import { Decision, DecisionDraft, relationKey } from "../../domain";
import { writeExtraction } from "../../ingest/load";
import { resetDatabase } from "../support/database";
import { ServerHarness, serverHarness } from "../server/support";
import { graphState } from "./graph-state";
import { SPLIT_IDS as IDS, splitBase, splitLater } from "./split-fixture";

const SPLIT: DecisionDraft = {
  kind: "split",
  author: "analyst",
  note: "his sister, not him",
  entity: IDS.kimJongUn,
  alias: "kim yo jong",
};

const key = (source: string, type: "THREATENED" | "ACCUSED" | "NEGOTIATED_WITH", target: string) =>
  encodeURIComponent(relationKey({ source, type, target }));

describe("split decisions on a real Neo4j", () => {
  let h: ServerHarness;
  const token = () => ({ Authorization: `Bearer ${h.token}` });
  const decide = (draft: DecisionDraft) => request(h.app).post("/api/decisions").set(token()).send(draft);
  const undo = (id: string) => request(h.app).delete(`/api/decisions/${id}`).set(token()).expect(200);
  const entity = (id: string) => request(h.app).get(`/api/entities/${encodeURIComponent(id)}`);
  const relation = (id: string) => request(h.app).get(`/api/relations/${id}`);
  const ingest = (extraction = splitBase(), force = true) =>
    writeExtraction(h.driver, h.config.NEO4J_DATABASE, extraction, { force });

  beforeAll(async () => {
    h = await serverHarness({ extraction: splitBase() });
  });
  afterAll(() => h.close());

  it("answers 404 for an unknown entity and 400 for a name that is not an alias or is the canonical one", async () => {
    await decide({ ...SPLIT, entity: "actor:nobody" }).expect(404);
    const notAlias = await decide({ ...SPLIT, alias: "Kim Il Sung" }).expect(400);
    expect(notAlias.body.detail).toMatch(/not an alias of actor:kim-jong-un/);
    const canonical = await decide({ ...SPLIT, alias: "Kim Jong Un" }).expect(400);
    expect(canonical.body.detail).toMatch(/canonical name/);
  });

  it("takes the alias, its mentions and the evidence stated through it to a new entity; undo restores the graph exactly", async () => {
    const before = await graphState(h.driver);
    const decision: Decision = (await decide(SPLIT).expect(201)).body.decision;
    expect(decision).toMatchObject({
      newEntity: IDS.kimYoJong,
      name: "Kim Yo Jong",
      label: "Actor",
      alias: "Kim Yo Jong",
    });

    const kim = (await entity(IDS.kimJongUn).expect(200)).body;
    expect(kim.node.properties).toMatchObject({ aliases: ["Kim Jong Un"], mentions: 2 });
    const sister = (await entity(IDS.kimYoJong).expect(200)).body;
    expect(sister.node).toMatchObject({
      label: "Actor",
      properties: { name: "Kim Yo Jong", aliases: ["Kim Yo Jong"], mentions: 3 },
    });
    expect(sister.articles.map((a: { id: string }) => a.id).sort()).toEqual(["s-event", "s-one", "s-two"]);
    const part = (id: string) =>
      relation(encodeURIComponent(relationKey({ source: id, type: "PARTICIPATED_IN", target: IDS.strike })));
    expect((await part(IDS.kimYoJong).expect(200)).body.edge.properties).toMatchObject({ role: "attacker", count: 1 });
    await part(IDS.kimJongUn).expect(404);

    const threats = (await relation(key(IDS.kimJongUn, "THREATENED", IDS.seoul)).expect(200)).body.edge.properties;
    expect(threats).toMatchObject({ count: 1, articleIds: ["s-two"], firstSeen: "2024-02-10", lastSeen: "2024-02-10" });
    const hers = (await relation(key(IDS.kimYoJong, "THREATENED", IDS.seoul)).expect(200)).body.edge.properties;
    expect(hers).toMatchObject({ count: 1, articleIds: ["s-one"], firstEvidence: "Kim Yo Jong threatened Seoul." });
    await relation(key(IDS.kimJongUn, "ACCUSED", IDS.seoul)).expect(404);
    await relation(key(IDS.kimYoJong, "ACCUSED", IDS.seoul)).expect(200);
    await relation(key(IDS.kimJongUn, "NEGOTIATED_WITH", IDS.russia)).expect(200);

    const mentions = (await request(h.app).get("/api/articles/s-one").expect(200)).body.mentions;
    expect(mentions.map((m: { entity: string }) => m.entity)).toEqual([
      IDS.kimJongUn,
      IDS.russia,
      IDS.kimYoJong,
      IDS.seoul,
    ]);

    await undo(decision.id);
    expect(await graphState(h.driver)).toBe(before);
  });

  it("holds when the same articles are ingested again and when a new one uses the alias", async () => {
    const decision: Decision = (await decide(SPLIT).expect(201)).body.decision;
    const split = await graphState(h.driver, { ignoreIngestTime: true });
    await ingest();
    expect(await graphState(h.driver, { ignoreIngestTime: true })).toBe(split);

    await ingest(splitLater(), false);
    const kim = (await entity(IDS.kimJongUn).expect(200)).body;
    expect(kim.node.properties.aliases).toEqual(["Kim Jong Un"]);
    expect(kim.articles.map((a: { id: string }) => a.id).sort()).toEqual(["s-one", "s-two"]);
    const hers = (await relation(key(IDS.kimYoJong, "THREATENED", IDS.seoul)).expect(200)).body.edge.properties;
    expect(hers).toMatchObject({ count: 2, articleIds: ["s-one", "s-later"] });
    const his = (await relation(key(IDS.kimJongUn, "THREATENED", IDS.seoul)).expect(200)).body.edge.properties;
    expect(his).toMatchObject({ count: 1, articleIds: ["s-two"] });
    await request(h.app).delete("/api/articles/s-later").set(token()).expect(200);
    await undo(decision.id);
  });

  it("exported with the other decisions, imported into an empty database and ingested again, gives the same graph", async () => {
    await decide({ kind: "rename", author: "analyst", note: "", entity: IDS.seoul, name: "South Korea" }).expect(201);
    await decide(SPLIT).expect(201);
    await ingest();
    const graph = await graphState(h.driver, { ignoreIngestTime: true });
    const exported = (await request(h.app).get("/api/decisions/export").expect(200)).body;
    expect(exported.decisions.map((d: Decision) => d.kind)).toEqual(["split", "rename"]);

    await resetDatabase(h.driver, h.config.NEO4J_DATABASE);
    await request(h.app).post("/api/decisions/import").set(token()).send(exported).expect(200);
    await ingest(splitBase(), false);
    expect(await graphState(h.driver, { ignoreIngestTime: true })).toBe(graph);
  });
});
