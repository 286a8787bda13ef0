import request from "supertest";
import { GraphPayloadSchema } from "../../domain";
import { ARTICLES, IDS } from "./fixtures/news-graph";
import { ServerHarness, serverHarness } from "./support";

describe("read endpoints over the news-graph fixture", () => {
  let h: ServerHarness;
  beforeAll(async () => {
    h = await serverHarness();
  });
  afterAll(() => h.close());

  describe("GET /api/health", () => {
    it("says Neo4j is up and which version answers", async () => {
      const res = await request(h.app).get("/api/health").expect(200);
      expect(res.body).toMatchObject({ status: "ok", neo4j: "up", database: "neo4j" });
      expect(res.body.version).toMatch(/Neo4j\/5\./);
    });
  });

  describe("GET /api/stats", () => {
    it("counts nodes by label, relations by type, articles and the event date range", async () => {
      const res = await request(h.app).get("/api/stats").expect(200);
      expect(res.body.nodes).toMatchObject({ State: 5, Group: 3, Actor: 1, Place: 2, Event: 1, Article: 4 });
      expect(res.body.relations).toMatchObject({
        BACKS: 3,
        ATTACKED: 3,
        MEDIATED: 2,
        NEGOTIATED_WITH: 1,
        SANCTIONED: 1,
      });
      expect(res.body.articles).toBe(4);
      expect(res.body.eventDates).toEqual({ min: "2024-01", max: "2024-01" });
    });
  });

  describe("GET /api/graph", () => {
    it("returns the most connected entities and the relations among them, with how many more exist", async () => {
      const res = await request(h.app).get("/api/graph?limit=3").expect(200);
      const payload = GraphPayloadSchema.parse(res.body);
      expect(payload.nodes.map((n) => n.id)).toEqual([IDS.us, IDS.iran, IDS.houthis]);
      expect(payload.more).toBe(9);
      const backs = payload.edges.find((e) => e.id === `${IDS.iran}|BACKS|${IDS.houthis}`);
      expect(backs?.properties).toMatchObject({
        count: 2,
        articles: 2,
        confidence: 0.9,
        firstSeen: "2024-02-05",
        lastSeen: "2024-03-01",
      });
      expect(backs?.properties.firstEvidence).toBe("Iran backs the Houthis with weapons.");
      expect(backs?.properties).not.toHaveProperty("evidenceSentence");
      for (const edge of payload.edges)
        expect(payload.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([edge.source, edge.target]));
    });

    it("filters by label, relation type, article, outlet and date range", async () => {
      const groups = await request(h.app).get("/api/graph?labels=Group").expect(200);
      expect(groups.body.nodes.every((n: { label: string }) => n.label === "Group")).toBe(true);
      const attacks = await request(h.app).get("/api/graph?types=ATTACKED").expect(200);
      expect(attacks.body.edges.map((e: { type: string }) => e.type)).toEqual(["ATTACKED", "ATTACKED", "ATTACKED"]);
      const solo = await request(h.app).get(`/api/graph?article=${ARTICLES.solo}`).expect(200);
      expect(solo.body.nodes.map((n: { id: string }) => n.id).sort()).toEqual([IDS.hamas, IDS.iran, IDS.qatar].sort());
      const gulf = await request(h.app).get("/api/graph?source=Gulf%20Daily").expect(200);
      expect(gulf.body.edges.map((e: { id: string }) => e.id).sort()).toEqual(
        [
          `${IDS.houthis}|ATTACKED|${IDS.redSea}`,
          `${IDS.iran}|BACKS|${IDS.houthis}`,
          `${IDS.us}|SANCTIONED|${IDS.iran}`,
        ].sort(),
      );
      const march = await request(h.app).get("/api/graph?from=2024-03&to=2024-03").expect(200);
      expect(
        march.body.edges.every((e: { properties: { lastSeen: string } }) =>
          e.properties.lastSeen.startsWith("2024-03"),
        ),
      ).toBe(true);
      expect(march.body.edges.length).toBe(4);
    });

    it("refuses unknown labels, types, bad dates and limits with a problem document", async () => {
      for (const query of [
        "labels=Person",
        "types=LIKES",
        "types=MENTIONED_IN",
        "from=yesterday",
        "limit=0",
        "limit=abc",
        "limit=99999",
      ]) {
        const res = await request(h.app).get(`/api/graph?${query}`).expect(400);
        expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
        expect(res.body).toMatchObject({ status: 400, title: "Bad Request" });
        expect(res.body.detail).toMatch(/^query\./);
      }
    });
  });

  describe("GET /api/entities/:id", () => {
    it("returns the entity, its articles and relations grouped with evidence, articles and outlets", async () => {
      const res = await request(h.app)
        .get(`/api/entities/${encodeURIComponent(IDS.iran)}`)
        .expect(200);
      expect(res.body.node).toMatchObject({ id: IDS.iran, label: "State", name: "Iran" });
      expect(res.body.node.properties.aliases).toEqual(expect.arrayContaining(["Tehran"]));
      expect(res.body.articles.map((a: { id: string }) => a.id).sort()).toEqual(Object.values(ARTICLES).sort());
      const backs = res.body.relations.find(
        (r: { edge: { id: string } }) => r.edge.id === `${IDS.iran}|BACKS|${IDS.houthis}`,
      );
      expect(backs).toMatchObject({
        type: "BACKS",
        direction: "out",
        articles: 2,
        outlets: 2,
        other: { id: IDS.houthis },
      });
      expect(backs.evidence).toHaveLength(2);
      expect(backs.evidence[0]).toMatchObject({
        source: expect.any(String),
        sentence: expect.stringContaining("Houthis"),
      });
      const sanctioned = res.body.relations.find((r: { type: string }) => r.type === "SANCTIONED");
      expect(sanctioned).toMatchObject({ direction: "in", other: { id: IDS.us }, outlets: 1 });
      expect(res.body.relationsTotal).toBe(res.body.relations.length);
      expect(res.body.articlesTotal).toBe(4);
      expect(backs.evidenceTotal).toBe(2);
      expect(backs.evidence.map((e: { date: string }) => e.date)).toEqual(["2024-03-01", "2024-02-05"]);
      const one = await request(h.app).get(`/api/entities/${IDS.iran}?limit=1`).expect(200);
      expect(one.body.relations).toHaveLength(1);
      expect(one.body.relations[0].edge.id).toBe(`${IDS.iran}|BACKS|${IDS.houthis}`);
      expect(one.body.articles.map((a: { id: string }) => a.id)).toEqual([ARTICLES.proxies]);
      expect(one.body).toMatchObject({ relationsTotal: res.body.relationsTotal, articlesTotal: 4 });
    });

    it("answers 404 for an unknown entity", async () => {
      const res = await request(h.app).get("/api/entities/state:atlantis").expect(404);
      expect(res.body).toMatchObject({ status: 404, title: "Not Found" });
    });
  });

  describe("GET /api/neighbours", () => {
    it("pages a hub's neighbours by evidence and says how many more there are", async () => {
      const first = await request(h.app).get(`/api/neighbours?ids=${IDS.iran}&limit=2`).expect(200);
      const page = GraphPayloadSchema.parse(first.body);
      expect(page.nodes.map((n) => n.id)).toEqual([IDS.iran, IDS.houthis, expect.any(String)]);
      expect(page.more).toBe(2);
      const second = await request(h.app).get(`/api/neighbours?ids=${IDS.iran}&limit=2&offset=2`).expect(200);
      expect(second.body.more).toBe(0);
      const all = new Set([...page.nodes, ...second.body.nodes].map((n: { id: string }) => n.id));
      expect([...all].sort()).toEqual([IDS.iran, IDS.houthis, IDS.hizbollah, IDS.hamas, IDS.us].sort());
    });

    it("orders by recency or type, and reaches further with more hops", async () => {
      const recent = await request(h.app).get(`/api/neighbours?ids=${IDS.iran}&order=recent&limit=4`).expect(200);
      expect(recent.body.nodes.map((n: { id: string }) => n.id)).toEqual([
        IDS.iran,
        IDS.houthis,
        IDS.hizbollah,
        IDS.us,
        IDS.hamas,
      ]);
      const byType = await request(h.app).get(`/api/neighbours?ids=${IDS.iran}&order=type&limit=1`).expect(200);
      expect(byType.body.edges[0].type).toBe("BACKS");
      const two = await request(h.app).get(`/api/neighbours?ids=${IDS.mcgurk}&hops=2&limit=50`).expect(200);
      expect(two.body.nodes.map((n: { id: string }) => n.id)).toEqual(
        expect.arrayContaining([IDS.us, IDS.iran, IDS.oman, IDS.talks]),
      );
      expect(two.body.more).toBe(0);
    });

    it("validates ids, hops, order, and answers 404 when no seed exists", async () => {
      await request(h.app).get("/api/neighbours").expect(400);
      await request(h.app).get(`/api/neighbours?ids=${IDS.iran}&hops=4`).expect(400);
      await request(h.app).get(`/api/neighbours?ids=${IDS.iran}&order=random`).expect(400);
      await request(h.app).get("/api/neighbours?ids=state:atlantis").expect(404);
    });
  });

  describe("GET /api/search", () => {
    it("finds entities by name, alias, prefix and typo, best first", async () => {
      const exact = await request(h.app).get("/api/search?q=Iran").expect(200);
      expect(exact.body.results[0]).toMatchObject({ id: IDS.iran, name: "Iran", label: "State" });
      const alias = await request(h.app).get("/api/search?q=Tehran").expect(200);
      expect(alias.body.results[0].id).toBe(IDS.iran);
      const prefix = await request(h.app).get("/api/search?q=hiz").expect(200);
      expect(prefix.body.results[0].id).toBe(IDS.hizbollah);
      const typo = await request(h.app).get("/api/search?q=Hezbolah").expect(200);
      expect(typo.body.results[0].id).toBe(IDS.hizbollah);
      const typing = await request(h.app).get("/api/search?q=united%20sta").expect(200);
      expect(typing.body.results.map((r: { id: string }) => r.id)).toEqual([IDS.us]);
      const limited = await request(h.app).get("/api/search?q=a&limit=2").expect(200);
      expect(limited.body.results.length).toBeLessThanOrEqual(2);
      const labelled = await request(h.app).get("/api/search?q=united&labels=Group").expect(200);
      expect(labelled.body.results).toEqual([]);
    });

    it("treats Lucene syntax in the input as text", async () => {
      for (const q of ['Iran"', "Iran~~", "(Iran", "Iran AND", "*", "Iran:State", "\\", "a/b", "&& ||"]) {
        const res = await request(h.app)
          .get(`/api/search?q=${encodeURIComponent(q)}`)
          .expect(200);
        expect(Array.isArray(res.body.results)).toBe(true);
      }
    });

    it("needs a query text", async () => {
      await request(h.app).get("/api/search").expect(400);
      await request(h.app).get("/api/search?q=%20").expect(400);
    });
  });

  describe("GET /api/paths", () => {
    it("returns the shortest paths between two entities as a graph and as id lists", async () => {
      const res = await request(h.app).get(`/api/paths?from=${IDS.mcgurk}&to=${IDS.houthis}&maxLength=4`).expect(200);
      expect(res.body.paths[0]).toEqual([IDS.mcgurk, IDS.us, IDS.houthis]);
      expect(res.body.nodes.map((n: { id: string }) => n.id)).toEqual(
        expect.arrayContaining([IDS.mcgurk, IDS.us, IDS.houthis]),
      );
      expect(res.body.edges.length).toBeGreaterThanOrEqual(2);
    });

    it("finds only paths made of the filtered relation types", async () => {
      const all = await request(h.app).get(`/api/paths?from=${IDS.us}&to=${IDS.houthis}`).expect(200);
      expect(all.body.paths[0]).toEqual([IDS.us, IDS.houthis]);
      const viaIran = await request(h.app)
        .get(`/api/paths?from=${IDS.us}&to=${IDS.houthis}&types=SANCTIONED,BACKS`)
        .expect(200);
      expect(viaIran.body.paths).toEqual([[IDS.us, IDS.iran, IDS.houthis]]);
      expect(viaIran.body.edges.map((e: { type: string }) => e.type).sort()).toEqual(["BACKS", "SANCTIONED"]);
      const february = await request(h.app)
        .get(`/api/paths?from=${IDS.us}&to=${IDS.houthis}&dateFrom=2024-02&dateTo=2024-02`)
        .expect(200);
      expect(february.body.paths).toEqual([[IDS.us, IDS.iran, IDS.houthis]]);
      const gulf = await request(h.app)
        .get(`/api/paths?from=${IDS.us}&to=${IDS.houthis}&source=Gulf%20Daily`)
        .expect(200);
      expect(gulf.body.paths).toEqual([[IDS.us, IDS.iran, IDS.houthis]]);
    });

    it("respects the maximum length and reports unknown or equal endpoints", async () => {
      const none = await request(h.app).get(`/api/paths?from=${IDS.mcgurk}&to=${IDS.hamas}&maxLength=2`).expect(200);
      expect(none.body.paths).toEqual([]);
      await request(h.app).get(`/api/paths?from=${IDS.mcgurk}&to=state:atlantis`).expect(404);
      await request(h.app).get(`/api/paths?from=${IDS.iran}&to=${IDS.iran}`).expect(400);
      await request(h.app).get(`/api/paths?from=${IDS.iran}&to=${IDS.us}&maxLength=9`).expect(400);
    });
  });

  describe("GET /api/articles", () => {
    it("lists articles newest first, paged and filtered by outlet", async () => {
      const res = await request(h.app).get("/api/articles?limit=2").expect(200);
      expect(res.body.total).toBe(4);
      expect(res.body.articles.map((a: { id: string }) => a.id)).toEqual([ARTICLES.proxies, ARTICLES.sanctions]);
      const wire = await request(h.app).get("/api/articles?source=Test%20Wire").expect(200);
      expect(wire.body.total).toBe(2);
      await request(h.app).get("/api/articles?offset=-1").expect(400);
    });

    it("returns one article with text, mentions and relations whose offsets point into the text", async () => {
      const res = await request(h.app).get(`/api/articles/${ARTICLES.sanctions}`).expect(200);
      const { article, mentions, relations } = res.body;
      expect(article).toMatchObject({
        id: ARTICLES.sanctions,
        title: "Sanctions on Iran",
        source: "Gulf Daily",
        date: "2024-02-05",
      });
      for (const m of mentions) expect(article.text.slice(m.start, m.end)).toBe(m.name);
      expect(relations).toHaveLength(3);
      for (const r of relations) expect(article.text.slice(r.start, r.end)).toBe(r.sentence);
      await request(h.app).get("/api/articles/nope").expect(404);
    });
  });

  it("answers unknown API paths with a 404 problem", async () => {
    const res = await request(h.app).get("/api/nothing-here").expect(404);
    expect(res.body).toMatchObject({ status: 404, title: "Not Found" });
  });
});
