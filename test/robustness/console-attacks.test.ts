import { Server, createServer } from "node:http";
import { AddressInfo } from "node:net";
import { Driver } from "neo4j-driver";
import { writeExtraction } from "../../ingest/load";
import { closeApp, createApp } from "../../server/app";
import { resetDatabase, testConfig, testDriver } from "../support/database";
import { ExtractionBuilder } from "../support/extraction-factory";
import { databaseFingerprint } from "../server/support";
import { consoleAttackCorpus } from "./console-corpus";

const ANSWER_BOUND_MS = 11_000;
const BATCH = 8;

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

interface Answer {
  status: number;
  ms: number;
  body: { status?: number; title?: string; detail?: string };
}

/**
 * Every attempt goes to a real server over HTTP, the console and the export; Neo4j is the test instance,
 * configured as the bundled one. Nothing may run outside the allowlist: no write, no fetch of the
 * listener, every answer a 4xx problem within 11 s.
 */
describe("hostile console queries", () => {
  let driver: Driver;
  let app: ReturnType<typeof createApp>;
  let server: Server;
  let base: string;
  const listener = createServer((_req, res) => {
    hits += 1;
    res.end("a,b\n1,2\n");
  });
  let hits = 0;
  let listenerUrl: string;
  let before: string;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    const b = new ExtractionBuilder();
    const iran = b.entity("State", "Iran");
    const houthis = b.entity("Group", "Houthis");
    b.article("attack-1", ["Iran backs the Houthis."], { date: "2024-01-10" });
    b.relation(iran, "BACKS", houthis, "attack-1", 0);
    await writeExtraction(driver, "neo4j", b.build());
    before = await databaseFingerprint(driver);
    listenerUrl = await listen(listener);
    app = createApp({ driver, config: testConfig({ LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "100000" }) });
    server = createServer(app);
    base = await listen(server);
  });
  afterAll(async () => {
    await closeApp(app);
    await new Promise((resolve) => server.close(resolve));
    await new Promise((resolve) => listener.close(resolve));
    await driver.close();
  });

  async function send(path: string, body: unknown): Promise<Answer> {
    const started = performance.now();
    const res = await fetch(`${base}${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, ms: performance.now() - started, body: JSON.parse(text) };
  }

  it("refuses at least 600 distinct attempts, each with a 4xx in time; nothing written, nothing fetched", async () => {
    const corpus = consoleAttackCorpus(listenerUrl);
    expect(corpus.length).toBeGreaterThanOrEqual(600);
    const answers: (Answer & { query: string; kind: string; path: string })[] = [];
    for (let i = 0; i < corpus.length; i += BATCH) {
      const batch = corpus.slice(i, i + BATCH);
      const sent = batch.flatMap((attempt, j) => {
        const requests = [
          send("/api/cypher", { query: attempt.query }).then((a) => ({ ...a, ...attempt, path: "/api/cypher" })),
        ];
        if ((i + j) % 4 === 0)
          requests.push(
            send("/api/export", { format: "json", query: attempt.query }).then((a) => ({
              ...a,
              ...attempt,
              path: "/api/export",
            })),
          );
        return requests;
      });
      answers.push(...(await Promise.all(sent)));
    }
    const wrong = answers.filter(
      (a) =>
        a.status < 400 ||
        a.status >= 500 ||
        a.ms >= ANSWER_BOUND_MS ||
        a.body.status !== a.status ||
        !/^(query (refused|failed)|body\.query): /.test(a.body.detail ?? ""),
    );
    expect(
      wrong.map((a) => ({
        kind: a.kind,
        path: a.path,
        status: a.status,
        ms: Math.round(a.ms),
        detail: a.body.detail,
        query: a.query.slice(0, 200),
      })),
    ).toEqual([]);
    const refusedBeforeNeo4j = answers.filter((a) =>
      /^query refused: |^query failed: SyntaxError: (Invalid input|the query ends)|^body\.query: Too big/.test(
        a.body.detail ?? "",
      ),
    );
    const slowest = Math.max(...answers.map((a) => a.ms));
    process.stderr.write(
      `console attacks: ${corpus.length} distinct queries, ${answers.length} requests (console and export); all 4xx; ` +
        `${refusedBeforeNeo4j.length} refused before Neo4j saw them; slowest answer ${Math.round(slowest)} ms; listener hits ${hits}\n`,
    );
    expect(refusedBeforeNeo4j).toHaveLength(answers.length);
    expect(hits).toBe(0);
    expect(await databaseFingerprint(driver)).toBe(before);
  });

  it("behind the allowlist, the bundled Neo4j itself refuses LOAD CSV from any address or file", async () => {
    for (const url of [
      `${listenerUrl}/direct.csv`,
      listenerUrl.replace("127.0.0.1", "localhost"),
      "file:///etc/passwd",
    ]) {
      await expect(
        driver.executeQuery(`LOAD CSV FROM '${url}' AS row RETURN row`, {}, { database: "neo4j" }),
      ).rejects.toThrow(/blocked|allow_csv_import_from_file_urls/);
    }
    expect(hits).toBe(0);
  });

  it("behind the allowlist, the bundled Neo4j collects no queries to hand out", async () => {
    const session = driver.session({ database: "neo4j" });
    try {
      await session.run("CALL db.stats.clear('QUERIES')");
      await session.run("CALL db.stats.collect('QUERIES')");
      for (let i = 0; i < 3; i += 1)
        await session.run("MATCH (n) WHERE n.id = $secret RETURN count(n)", { secret: `secret-${i}` });
      const collected = await session.run("CALL db.stats.retrieve('QUERIES') YIELD data RETURN data");
      expect(JSON.stringify(collected.records.map((r) => r.get("data")))).not.toMatch(/secret/);
      await session.run("CALL db.stats.stop('QUERIES')");
    } finally {
      await session.close();
    }
  });
});
