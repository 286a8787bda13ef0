import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import neo4j, { Driver } from "neo4j-driver";
import request from "supertest";
import { syntheticArticles } from "../../bench/synthetic-corpus";
import { loadConfig } from "../../config";
import { createDriver } from "../../storage";
import { createApp } from "../../server/app";
import {
  LocalNeo4jOptions,
  startLocalNeo4j,
  stopLocalNeo4j,
  wipeLocalNeo4j,
} from "../../tools/local-neo4j/local-neo4j";
import { startCli } from "../ingest/run-cli";

const ROOT = path.resolve(__dirname, "../..");

/** An instance of its own: these tests kill it. */
const FAULT_NEO4J: LocalNeo4jOptions = {
  dataDir: path.join(ROOT, ".data/neo4j-test-faults"),
  boltPort: Number(process.env.FAULT_NEO4J_BOLT_PORT ?? 7702),
  httpPort: Number(process.env.FAULT_NEO4J_HTTP_PORT ?? 7489),
  password: "newsgraph-faults",
  heap: "512m",
  startTimeoutMs: 180000,
};

function ingest(folders: string[], batchSize = 4) {
  return startCli(["ingest", ...folders], {
    ...process.env,
    NEO4J_URI: `bolt://127.0.0.1:${FAULT_NEO4J.boltPort}`,
    NEO4J_PASSWORD: FAULT_NEO4J.password,
    NEO4J_CONNECTION_TIMEOUT_MS: "3000",
    INGEST_BATCH_SIZE: String(batchSize),
  });
}

/** Everything that would differ if anything were duplicated, lost or half-written. */
async function fingerprint(driver: Driver): Promise<Record<string, unknown>> {
  const labels = await driver.executeQuery(
    "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label",
  );
  const types = await driver.executeQuery(
    "MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS n, sum(coalesce(r.count, 0)) AS evidence, sum(coalesce(size(r.evidenceSentence), 0)) AS sentences ORDER BY type",
  );
  const entities = await driver.executeQuery("MATCH (e:Entity) RETURN e.id AS id, e.mentions AS mentions ORDER BY id");
  const orphans = await driver.executeQuery("MATCH (a:Article) WHERE NOT (a)<-[:MENTIONED_IN]-() RETURN count(a) AS n");
  return {
    labels: labels.records.map((r) => `${r.get("label")}=${r.get("n")}`),
    types: types.records.map((r) => `${r.get("type")}=${r.get("n")}/${r.get("evidence")}/${r.get("sentences")}`),
    entities: entities.records.map((r) => `${r.get("id")}:${r.get("mentions")}`),
    articlesWithoutMentions: orphans.records[0].get("n").toNumber(),
  };
}

async function empty(driver: Driver): Promise<void> {
  await driver.executeQuery("MATCH (n) DETACH DELETE n");
}

async function articleCount(driver: Driver): Promise<number> {
  try {
    const result = await driver.executeQuery("MATCH (a:Article) RETURN count(a) AS n");
    return result.records[0].get("n").toNumber();
  } catch {
    return -1;
  }
}

describe("ingest and the API when Neo4j fails", () => {
  let driver: Driver;
  let corpus: string;
  const parts: string[] = [];

  beforeAll(async () => {
    await stopLocalNeo4j(FAULT_NEO4J.dataDir);
    wipeLocalNeo4j(FAULT_NEO4J.dataDir);
    await startLocalNeo4j(FAULT_NEO4J);
    driver = neo4j.driver(`bolt://127.0.0.1:${FAULT_NEO4J.boltPort}`, neo4j.auth.basic("neo4j", FAULT_NEO4J.password), {
      connectionTimeout: 3000,
      maxTransactionRetryTime: 3000,
    });
    corpus = mkdtempSync(path.join(tmpdir(), "newsgraph-faults-"));
    const articles = syntheticArticles(48, 11, 8);
    for (let p = 0; p < 4; p += 1) {
      const dir = path.join(corpus, `part-${p}`);
      mkdirSync(dir);
      writeFileSync(
        path.join(dir, "articles.jsonl"),
        articles
          .slice(p * 12, p * 12 + 12)
          .map((a) => JSON.stringify(a))
          .join("\n"),
      );
      parts.push(dir);
    }
  }, 240000);

  afterAll(async () => {
    await driver?.close();
    await stopLocalNeo4j(FAULT_NEO4J.dataDir);
  });

  it("re-running an ingest that Neo4j died in the middle of gives the same graph as a clean run", async () => {
    const clean = await ingest([corpus]).done;
    expect(clean.status).toBe(0);
    const expected = await fingerprint(driver);
    expect(expected.articlesWithoutMentions).toBe(0);
    await empty(driver);

    const interrupted = ingest([corpus], 2);
    while ((await articleCount(driver)) < 2) await new Promise((resolve) => setTimeout(resolve, 50));
    const pid = Number(readFileSync(path.join(FAULT_NEO4J.dataDir, "neo4j.pid"), "utf8"));
    process.kill(pid, "SIGKILL");
    const failed = await interrupted.done;
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toMatch(/error/i);

    await startLocalNeo4j(FAULT_NEO4J);
    const partial = await articleCount(driver);
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(48);
    expect(partial % 2).toBe(0);
    const rerun = await ingest([corpus]).done;
    expect(rerun.status).toBe(0);
    expect(rerun.stderr).toMatch(new RegExp(`${partial} skipped`));
    expect(await fingerprint(driver)).toEqual(expected);
  }, 300000);

  it("two ingests of the same articles at once give the same graph as one run", async () => {
    await empty(driver);
    expect((await ingest([corpus]).done).status).toBe(0);
    const single = await fingerprint(driver);
    await empty(driver);
    const [a, b] = await Promise.all([ingest([corpus]).done, ingest([corpus]).done]);
    expect([a.status, b.status]).toEqual([0, 0]);
    expect(await fingerprint(driver)).toEqual(single);
  }, 300000);

  /*
   * With partly overlapping inputs the two runs may extract a shared article differently (extraction
   * uses what earlier articles of the same run said), so the result depends on which run wrote it;
   * what must hold is that each article is written once and every count agrees with its evidence.
   */
  it("two ingests of partly overlapping articles at once write each article once, with consistent counts", async () => {
    await empty(driver);
    const [a, b] = await Promise.all([
      ingest([parts[0], parts[1], parts[2]]).done,
      ingest([parts[1], parts[2], parts[3]]).done,
    ]);
    expect([a.status, b.status]).toEqual([0, 0]);
    const check = await driver.executeQuery(`
      MATCH (art:Article) WITH count(art) AS articles
      OPTIONAL MATCH ()-[r]->() WHERE r.evidenceArticle IS NOT NULL
      WITH articles, r, [i IN range(0, size(r.evidenceArticle) - 1) | r.evidenceArticle[i] + '@' + toString(r.evidenceStart[i])] AS keys
      WITH articles, r, keys, reduce(seen = [], k IN keys | CASE WHEN k IN seen THEN seen ELSE seen + k END) AS distinctKeys
      RETURN articles,
             sum(CASE WHEN r.count <> size(r.evidenceArticle) THEN 1 ELSE 0 END) AS badCounts,
             sum(size(keys) - size(distinctKeys)) AS duplicates`);
    const row = check.records[0];
    expect({
      articles: row.get("articles").toNumber(),
      badCounts: row.get("badCounts").toNumber(),
      duplicates: row.get("duplicates").toNumber(),
    }).toEqual({
      articles: 48,
      badCounts: 0,
      duplicates: 0,
    });
    const mentions = await driver.executeQuery(`
      MATCH (e:Entity) OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(:Article)
      WITH e, sum(m.count) AS counted WHERE e.mentions <> counted RETURN count(e) AS wrong`);
    expect(mentions.records[0].get("wrong").toNumber()).toBe(0);
  }, 300000);

  it("stops with a clear message and a non-zero exit when Neo4j is down, and works again once it is back", async () => {
    await stopLocalNeo4j(FAULT_NEO4J.dataDir);
    const started = Date.now();
    const down = await ingest([parts[0]]).done;
    expect(down.status).not.toBe(0);
    expect(down.stderr).toMatch(/cannot connect to bolt:\/\/127\.0\.0\.1:\d+/);
    expect(Date.now() - started).toBeLessThan(60000);

    await startLocalNeo4j(FAULT_NEO4J);
    const back = await ingest([parts[0]]).done;
    expect(back.status).toBe(0);
  }, 300000);

  it("answers 503 within a bounded time while Neo4j is down, and recovers without a restart", async () => {
    const config = loadConfig({
      NEO4J_URI: `bolt://127.0.0.1:${FAULT_NEO4J.boltPort}`,
      NEO4J_PASSWORD: FAULT_NEO4J.password,
      NEO4J_CONNECTION_TIMEOUT_MS: "5000",
      LOG_LEVEL: "silent",
    });
    const apiDriver = createDriver(config);
    const app = createApp({ driver: apiDriver, config });
    const healthy = async () => {
      let status = 0;
      for (let i = 0; i < 40 && status !== 200; i += 1) {
        status = (await request(app).get("/api/health")).status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      return status;
    };
    try {
      expect(await healthy()).toBe(200);
      await stopLocalNeo4j(FAULT_NEO4J.dataDir);
      for (const path of ["/api/health", "/api/graph", "/api/search?q=iran", "/api/stats"]) {
        const started = Date.now();
        const res = await request(app).get(path);
        expect([path, res.status]).toEqual([path, 503]);
        expect(res.body.detail).toMatch(/neo4j/i);
        expect(Date.now() - started).toBeLessThan(15000);
      }
      await startLocalNeo4j(FAULT_NEO4J);
      expect(await healthy()).toBe(200);
      expect((await request(app).get("/api/graph")).status).toBe(200);
    } finally {
      await apiDriver.close();
    }
  }, 300000);
});
