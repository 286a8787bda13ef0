import { mkdirSync, writeFileSync } from "node:fs";
import { Server } from "node:http";
import { AddressInfo } from "node:net";
import path from "node:path";
import autocannon from "autocannon";
import { Driver } from "neo4j-driver";
import { writeExtraction } from "../../ingest/load";
import { extractFromPaths } from "../../ingest/pipeline";
import { testNlp } from "../ingest/helpers";
import { createApp } from "../../server/app";
import { resetDatabase, testConfig, testDriver } from "../support/database";

const SEEDS = path.resolve(__dirname, "../../../shared/corpus/seeds");
const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");
const SECONDS = Number(process.env.LOAD_TEST_SECONDS ?? 30);

/** 50 concurrent clients on the read endpoints: no errors allowed; latency is reported, not asserted. */
describe("read endpoints under load", () => {
  let driver: Driver;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    const { extraction } = await extractFromPaths([SEEDS], { nlp: testNlp() });
    await writeExtraction(driver, "neo4j", extraction);
    const app = createApp({ driver, config: testConfig({ LOG_LEVEL: "silent" }) });
    server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await driver.close();
  });

  it(
    `serves 50 concurrent clients for ${SECONDS} s with no errors`,
    async () => {
      const found = (await fetch(`${base}/api/search?q=iran`).then((r) => r.json())) as { results: { id: string }[] };
      const iran = found.results[0].id;
      const result = await autocannon({
        url: base,
        connections: 50,
        duration: SECONDS,
        requests: [
          { method: "GET", path: "/api/search?q=hou" },
          { method: "GET", path: `/api/entities/${encodeURIComponent(iran)}` },
          { method: "GET", path: `/api/neighbours?ids=${encodeURIComponent(iran)}&hops=2&limit=50` },
          { method: "GET", path: "/api/graph?limit=150" },
          { method: "GET", path: "/api/stats" },
        ],
      });
      const figures = {
        seconds: SECONDS,
        connections: 50,
        requests: result.requests.total,
        requestsPerSecond: result.requests.average,
        latencyMs: {
          p50: result.latency.p50,
          p90: result.latency.p90,
          p99: result.latency.p99,
          max: result.latency.max,
        },
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
      };
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(path.join(ARTIFACTS, "read-load.json"), JSON.stringify(figures, null, 2));
      process.stderr.write(`read load: ${JSON.stringify(figures)}\n`);
      expect(result.requests.total).toBeGreaterThan(0);
      expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({
        errors: 0,
        timeouts: 0,
        non2xx: 0,
      });
    },
    (SECONDS + 60) * 1000,
  );
});
