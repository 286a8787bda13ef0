import { Driver } from "neo4j-driver";
import { writeExtraction } from "../../ingest/load";
import { retractArticle } from "../../storage";
import { resetDatabase, testDriver } from "../support/database";
import { ExtractionBuilder } from "../support/extraction-factory";

async function one<T>(driver: Driver, query: string, params: Record<string, unknown> = {}): Promise<T> {
  const result = await driver.executeQuery(query, params);
  return result.records[0]?.toObject() as T;
}

async function graphCounts(driver: Driver) {
  return one<{ nodes: number; rels: number; evidence: number }>(
    driver,
    `MATCH (n) WITH count(n) AS nodes
     OPTIONAL MATCH ()-[r]->() WITH nodes, count(r) AS rels, sum(coalesce(size(r.evidenceArticle), 0)) AS evidence
     RETURN toInteger(nodes) AS nodes, toInteger(rels) AS rels, toInteger(evidence) AS evidence`,
  ).then((c) => ({ nodes: Number(c.nodes), rels: Number(c.rels), evidence: Number(c.evidence) }));
}

function twoArticleStory() {
  const b = new ExtractionBuilder();
  const iran = b.entity("State", "Iran");
  const houthis = b.entity("Group", "Houthis", { kind: "armed movement" });
  const us = b.entity("State", "United States");
  const oman = b.entity("State", "Oman");
  b.article(
    "a1",
    [
      "Iran backs the Houthis.",
      "The Houthis attacked United States ships.",
      "Oman mediated between United States and Iran.",
    ],
    { date: "2024-01-10" },
  );
  b.article("a2", ["Iran armed the Houthis again.", "United States and Iran held talks."], {
    date: "2024-02-20",
    source: "Other Wire",
  });
  b.relation(iran, "BACKS", houthis, "a1", 0)
    .relation(houthis, "ATTACKED", us, "a1", 1)
    .relation(oman, "MEDIATED", us, "a1", 2)
    .relation(oman, "MEDIATED", iran, "a1", 2)
    .relation(iran, "BACKS", houthis, "a2", 0)
    .relation(us, "NEGOTIATED_WITH", iran, "a2", 1, { indirect: true });
  return { extraction: b.build(), ids: { iran, houthis, us, oman } };
}

/** Every node and relationship with its properties, except the write time, in a stable order. */
async function graphDump(driver: Driver): Promise<unknown[]> {
  const nodes = await driver.executeQuery("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id");
  const rels = await driver.executeQuery(
    "MATCH (s)-[r]->(t) RETURN s.id AS s, type(r) AS type, t.id AS t, properties(r) AS props ORDER BY s, type, t, r.negated",
  );
  return [
    ...nodes.records.map((r) => {
      const { ingestedAt, ...props } = r.get("props");
      return { labels: [...r.get("labels")].sort(), props, written: ingestedAt !== undefined };
    }),
    ...rels.records.map((r) => r.toObject()),
  ];
}

/** Four articles restating the same relations with different confidences, roles and dates, one undated. */
function restatedStory() {
  const b = new ExtractionBuilder();
  const iran = b.entity("State", "Iran");
  const houthis = b.entity("Group", "Houthis");
  const us = b.entity("State", "United States");
  const oman = b.entity("State", "Oman");
  b.article("r1", ["Iran backs the Houthis.", "Oman and Iran talked."], { date: "2024-03-05" });
  b.article("r2", ["Iran backs the Houthis again.", "The Houthis attacked United States ships."], { date: undefined });
  b.article("r3", ["Iran backs the Houthis.", "Iran and Oman talked.", "The Houthis attacked United States ships."], {
    date: "2024-01-02",
  });
  b.article("r4", ["The Houthis attacked United States ships.", "Iran backs the Houthis."], { date: "2024-06-30" });
  b.relation(iran, "BACKS", houthis, "r1", 0, { confidence: 0.6, role: "financier" })
    .relation(oman, "NEGOTIATED_WITH", iran, "r1", 1)
    .relation(iran, "BACKS", houthis, "r2", 0, { confidence: 0.9 })
    .relation(houthis, "ATTACKED", us, "r2", 1, { date: "2024-02-01" })
    .relation(iran, "BACKS", houthis, "r3", 0, { confidence: 0.7, role: "arms supplier" })
    .relation(iran, "NEGOTIATED_WITH", oman, "r3", 1, { indirect: true })
    .relation(houthis, "ATTACKED", us, "r3", 2)
    .relation(houthis, "ATTACKED", us, "r4", 0, { attributedTo: us })
    .relation(iran, "BACKS", houthis, "r4", 1);
  return b.build();
}

describe("writing an extraction to Neo4j", () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  beforeEach(() => resetDatabase(driver));
  afterAll(() => driver.close());

  it("writes articles, typed entities, mentions and relations with their evidence", async () => {
    const { extraction, ids } = twoArticleStory();
    const summary = await writeExtraction(driver, "neo4j", extraction);
    expect(summary).toEqual({ articles: 2, entities: 4, relations: 6, skipped: 0 });

    const iran = await one<{
      labels: string[];
      mentions: number;
      firstSeen: string;
      lastSeen: string;
      aliasText: string;
    }>(
      driver,
      "MATCH (e:Entity {id: $id}) RETURN labels(e) AS labels, toFloat(e.mentions) AS mentions, e.firstSeen AS firstSeen, e.lastSeen AS lastSeen, e.aliasText AS aliasText",
      { id: ids.iran },
    );
    expect(iran.labels.sort()).toEqual(["Entity", "State"]);
    expect(iran.firstSeen).toBe("2024-01-10");
    expect(iran.lastSeen).toBe("2024-02-20");
    expect(iran.aliasText).toBe("Iran");

    const backs = await one<{
      count: number;
      articles: string[];
      sentences: string[];
      firstSeen: string;
      lastSeen: string;
    }>(
      driver,
      "MATCH (:Entity {id: $s})-[r:BACKS]->(:Entity {id: $t}) RETURN toFloat(r.count) AS count, r.articles AS articles, r.evidenceSentence AS sentences, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen",
      { s: ids.iran, t: ids.houthis },
    );
    expect(backs.count).toBe(2);
    expect(backs.articles).toEqual(["a1", "a2"]);
    expect(backs.sentences).toEqual(["Iran backs the Houthis.", "Iran armed the Houthis again."]);
    expect([backs.firstSeen, backs.lastSeen]).toEqual(["2024-01-10", "2024-02-20"]);

    const article = await one<{ text: string; start: number; end: number }>(
      driver,
      "MATCH (a:Article {id: 'a1'})-[:MENTIONED_IN]-(:Entity {id: $id}) MATCH (:Entity {id: $id})-[r:ATTACKED]->() RETURN a.text AS text, toFloat(r.evidenceStart[0]) AS start, toFloat(r.evidenceEnd[0]) AS end",
      { id: ids.houthis },
    );
    expect(article.text.slice(article.start, article.end)).toBe("The Houthis attacked United States ships.");
  });

  it("stores a symmetric relation once, from the smaller id to the larger", async () => {
    const { extraction, ids } = twoArticleStory();
    await writeExtraction(driver, "neo4j", extraction);
    const rows = await driver.executeQuery(
      "MATCH (s)-[r:NEGOTIATED_WITH]->(t) RETURN s.id AS s, t.id AS t, r.indirect AS indirect",
    );
    expect(rows.records.map((r) => r.toObject())).toEqual([{ s: ids.iran, t: ids.us, indirect: true }]);
  });

  it("changes nothing when the same extraction is written twice", async () => {
    const { extraction } = twoArticleStory();
    await writeExtraction(driver, "neo4j", extraction);
    const first = await graphCounts(driver);
    const again = await writeExtraction(driver, "neo4j", extraction);
    expect(again.skipped).toBe(2);
    expect(await graphCounts(driver)).toEqual(first);
    await writeExtraction(driver, "neo4j", extraction, { force: true });
    expect(await graphCounts(driver)).toEqual(first);
  });

  it("replaces an article's old evidence when its text changed", async () => {
    const { extraction, ids } = twoArticleStory();
    await writeExtraction(driver, "neo4j", extraction);
    const b = new ExtractionBuilder();
    const iran = b.entity("State", "Iran");
    const houthis = b.entity("Group", "Houthis");
    b.article("a1", ["Iran funds the Houthis."], { date: "2024-01-10" });
    b.relation(iran, "BACKS", houthis, "a1", 0);
    await writeExtraction(driver, "neo4j", b.build());

    const backs = await one<{ sentences: string[]; count: number }>(
      driver,
      "MATCH (:Entity {id: $s})-[r:BACKS]->(:Entity {id: $t}) RETURN r.evidenceSentence AS sentences, toFloat(r.count) AS count",
      { s: ids.iran, t: ids.houthis },
    );
    expect(backs.sentences.sort()).toEqual(["Iran armed the Houthis again.", "Iran funds the Houthis."]);
    expect(backs.count).toBe(2);
    const attacked = await driver.executeQuery("MATCH ()-[r:ATTACKED]->() RETURN count(r) AS n");
    expect(attacked.records[0].get("n").toNumber()).toBe(0);
    const oman = await driver.executeQuery("MATCH (e:Entity {id: $id}) RETURN count(e) AS n", { id: ids.oman });
    expect(oman.records[0].get("n").toNumber()).toBe(0);
  });

  it("retracts an article: its only-evidence relations and entities go, shared ones keep the rest", async () => {
    const { extraction, ids } = twoArticleStory();
    await writeExtraction(driver, "neo4j", extraction);
    const result = await retractArticle(driver, "neo4j", "a1");
    expect(result).toEqual({ article: 1, relations: 3, entities: 1 });

    const backs = await one<{ articles: string[]; count: number; firstSeen: string }>(
      driver,
      "MATCH (:Entity {id: $s})-[r:BACKS]->(:Entity {id: $t}) RETURN r.articles AS articles, toFloat(r.count) AS count, r.firstSeen AS firstSeen",
      { s: ids.iran, t: ids.houthis },
    );
    expect(backs).toEqual({ articles: ["a2"], count: 1, firstSeen: "2024-02-20" });
    const iran = await one<{ mentions: number; firstSeen: string }>(
      driver,
      "MATCH (e:Entity {id: $id}) RETURN toFloat(e.mentions) AS mentions, e.firstSeen AS firstSeen",
      { id: ids.iran },
    );
    expect(iran.firstSeen).toBe("2024-02-20");
    const left = await driver.executeQuery("MATCH (e:Entity) RETURN e.id AS id ORDER BY id");
    expect(left.records.map((r) => r.get("id"))).toEqual([ids.houthis, ids.iran, ids.us].sort());
    expect((await driver.executeQuery("MATCH (a:Article) RETURN count(a) AS n")).records[0].get("n").toNumber()).toBe(
      1,
    );
  });

  it("keeps a negated relation apart from the plain one", async () => {
    const b = new ExtractionBuilder();
    const israel = b.entity("State", "Israel");
    const lebanon = b.entity("State", "Lebanon");
    b.article("n1", ["Israel did not attack Lebanon.", "Israel attacked Lebanon."]);
    b.relation(israel, "ATTACKED", lebanon, "n1", 0, { negated: true }).relation(israel, "ATTACKED", lebanon, "n1", 1);
    await writeExtraction(driver, "neo4j", b.build());
    const rows = await driver.executeQuery(
      "MATCH ()-[r:ATTACKED]->() RETURN r.negated AS negated, r.evidenceSentence[0] AS s ORDER BY negated",
    );
    expect(rows.records.map((r) => r.toObject())).toEqual([
      { negated: false, s: "Israel attacked Lebanon." },
      { negated: true, s: "Israel did not attack Lebanon." },
    ]);
  });

  it("writes the same graph whether a transaction holds one article or all of them, also when rewriting", async () => {
    const extraction = restatedStory();
    await writeExtraction(driver, "neo4j", extraction, { batchSize: 1 });
    const oneByOne = await graphDump(driver);
    await writeExtraction(driver, "neo4j", extraction, { batchSize: 1, force: true });
    const rewrittenOneByOne = await graphDump(driver);
    await resetDatabase(driver);
    await writeExtraction(driver, "neo4j", extraction);
    expect(await graphDump(driver)).toEqual(oneByOne);
    await writeExtraction(driver, "neo4j", extraction, { force: true });
    expect(await graphDump(driver)).toEqual(rewrittenOneByOne);

    const backs = await one<{
      articles: string[];
      count: number;
      confidence: number;
      role: string;
      firstSeen: string;
      lastSeen: string;
    }>(
      driver,
      "MATCH ()-[r:BACKS]->() RETURN r.articles AS articles, toFloat(r.count) AS count, r.confidence AS confidence, r.role AS role, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen",
    );
    expect(backs).toEqual({
      articles: ["r1", "r2", "r3", "r4"],
      count: 4,
      confidence: 0.9,
      role: "arms supplier",
      firstSeen: "2024-01-02",
      lastSeen: "2024-06-30",
    });
  });

  it("writes an article that has no content hash, and rewrites it without doubling its evidence", async () => {
    const { extraction } = twoArticleStory();
    const unhashed = {
      ...extraction,
      articles: extraction.articles.map(({ contentHash: _hash, ...article }) => article),
    };
    expect(await writeExtraction(driver, "neo4j", unhashed)).toMatchObject({ articles: 2, skipped: 0 });
    const first = await graphCounts(driver);
    expect(first.evidence).toBe(6);
    expect(await writeExtraction(driver, "neo4j", unhashed)).toMatchObject({ articles: 2, skipped: 0 });
    expect(await graphCounts(driver)).toEqual(first);
  });
});
