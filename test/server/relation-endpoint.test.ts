import request from "supertest";
import { parseRelationKey } from "../../domain";
import { RelationDetailSchema } from "../../domain/api";
import { ARTICLES, IDS } from "./fixtures/news-graph";
import { ServerHarness, serverHarness } from "./support";

const url = (id: string) => `/api/relations/${encodeURIComponent(id)}`;

describe("GET /api/relations/:id", () => {
  let h: ServerHarness;
  beforeAll(async () => {
    h = await serverHarness();
  });
  afterAll(() => h.close());

  it("gives both ends, every evidence sentence with its article, and the outlets behind it", async () => {
    const res = await request(h.app)
      .get(url(`${IDS.iran}|BACKS|${IDS.houthis}`))
      .expect(200);
    const body = RelationDetailSchema.parse(res.body);
    expect(body.edge).toMatchObject({
      id: `${IDS.iran}|BACKS|${IDS.houthis}`,
      type: "BACKS",
      source: IDS.iran,
      target: IDS.houthis,
    });
    expect(body.edge.properties.confidence).toEqual(expect.any(Number));
    expect(body.source.name).toBe("Iran");
    expect(body.target.name).toBe("Houthis");
    expect(body.evidence.map((e) => [e.article, e.source, e.date])).toEqual([
      [ARTICLES.proxies, "Test Wire", "2024-03-01"],
      [ARTICLES.sanctions, "Gulf Daily", "2024-02-05"],
    ]);
    expect(body.evidence[1]).toMatchObject({
      title: "Sanctions on Iran",
      sentence: "Iran backs the Houthis with weapons.",
    });
    expect(body).toMatchObject({ articles: 2, outlets: ["Gulf Daily", "Test Wire"], singleSource: false });
  });

  it("flags a relation reported by one outlet", async () => {
    const res = await request(h.app)
      .get(url(`${IDS.qatar}|MEDIATED|${IDS.hamas}`))
      .expect(200);
    expect(res.body).toMatchObject({ outlets: ["Solo News"], singleSource: true, articles: 1 });
  });

  it("finds a negated relation only under its negated id", async () => {
    const negated = await request(h.app)
      .get(url(`${IDS.hizbollah}|ATTACKED|${IDS.israel}|negated`))
      .expect(200);
    expect(negated.body.edge.properties.negated).toBe(true);
    await request(h.app)
      .get(url(`${IDS.hizbollah}|ATTACKED|${IDS.israel}`))
      .expect(404);
  });

  it("answers 404 for a relation that does not exist and 400 for an id that is not a relation id", async () => {
    const missing = await request(h.app)
      .get(url(`${IDS.iran}|ATTACKED|${IDS.oman}`))
      .expect(404);
    expect(missing.body.detail).toContain("no relation");
    for (const bad of [
      "state:iran",
      `${IDS.iran}|MENTIONED_IN|${ARTICLES.talks}`,
      `${IDS.iran}|DROP_ALL|${IDS.oman}`,
      `|BACKS|${IDS.oman}`,
    ]) {
      const res = await request(h.app).get(url(bad)).expect(400);
      expect(res.body.detail).toMatch(/relation id/);
    }
  });

  it("splits ids at the relation type, so entity ids holding a bar still parse", () => {
    expect(parseRelationKey("a|b|BACKS|c")).toEqual({ source: "a|b", type: "BACKS", target: "c", negated: false });
    expect(parseRelationKey("a|ATTACKED|c|negated")).toEqual({
      source: "a",
      type: "ATTACKED",
      target: "c",
      negated: true,
    });
    expect(parseRelationKey("a|BACKS")).toBeUndefined();
  });
});
