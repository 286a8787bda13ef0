import { ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { AddressInfo, createServer } from "node:net";
import path from "node:path";
import autocannon from "autocannon";
import { Driver } from "neo4j-driver";
import { loadConfig } from "../config";
import { getNeighbours } from "../server/graph/graph-service";
import { getEntity } from "../server/entities/entity-service";
import { Db } from "../storage";
import { search } from "../server/search/search-service";
import { suggestDuplicates } from "../server/suggestions/suggestions-service";
import { BenchRow, percentile } from "./measure";

/**
 * One client measures what HTTP adds to a request; ten saturate this machine's two cores, where latency is
 * mostly waiting for a core and the ratio compares the CPU each path spends per request.
 */
const CLIENT_COUNTS = [1, 10];
const WARM_UP_SECONDS = 3;
const TYPICAL_CYPHER =
  "MATCH (s:State)-[r:ATTACKED|BACKS]->(t) RETURN s.name AS source, type(r) AS type, t.name AS target, r.count AS evidence ORDER BY evidence DESC LIMIT 25";

/** The same work without HTTP: the repository calls the endpoint makes, from `clients` concurrent loops. */
async function direct(work: () => Promise<unknown>, clients: number, seconds: number): Promise<number[]> {
  const latencies: number[] = [];
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < deadline) {
        const started = process.hrtime.bigint();
        await work();
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }),
  );
  return latencies;
}

/**
 * A fixed number of requests, all answered before this returns. Run for a duration instead, autocannon
 * dropped the requests still in flight when time was up, and on slow endpoints (a hub's 2-hop under 10
 * clients takes seconds) the server went on running them into the next measurement.
 *
 * autocannon notices the end of a run only when it takes a sample, by default once a second: 20 requests
 * "took" 1 s, 200 took 2 s. The probe then sized every run from a rate of 20 req/s, and the measured run of
 * search was 200 requests after a warm-up of 60 instead of 10 s after 3 s. Sampling every 50 ms keeps
 * the duration within that of the truth.
 */
async function overHttp(
  url: string,
  path: string,
  clients: number,
  amount: number,
  body?: unknown,
): Promise<{ rate: number; latencies: number[] }> {
  // Without a callback autocannon returns a promise that is also its event emitter (lib/init.js).
  const run = autocannon({
    url: url + path,
    connections: clients,
    amount,
    sampleInt: 50,
    method: body ? "POST" : "GET",
    headers: body ? { "content-type": "application/json" } : undefined,
    body: body ? JSON.stringify(body) : undefined,
    timeout: 120,
  }) as unknown as autocannon.Instance & Promise<autocannon.Result>;
  // autocannon's own percentiles are whole milliseconds; a search takes a few. Both paths' percentiles
  // come from the same function over the same kind of samples.
  const latencies: number[] = [];
  run.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await run;
  if (result.errors || result.non2xx || result.timeouts || result.requests.total === 0) {
    throw new Error(
      `bench: ${path} answered ${result.requests.total} requests, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  return { rate: result.requests.total / Math.max(result.duration, 0.001), latencies };
}

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * The API as users run it: its own process. In this process it would share one thread with autocannon
 * and the direct loops, and the HTTP figures would measure that contention. The console's cap on
 * queries at once (CYPHER_MAX_CONCURRENT, 4 by default) is raised to the most clients measured, or
 * the 10-client row would time the 503s beyond the cap instead of the queries.
 */
async function startServerProcess(uri: string, password: string): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: path.resolve(__dirname, ".."),
    env: {
      ...process.env,
      NEO4J_URI: uri,
      NEO4J_PASSWORD: password,
      PORT: String(port),
      LOG_LEVEL: "silent",
      RATE_LIMIT_PER_MINUTE: "1000000",
      CYPHER_MAX_CONCURRENT: String(Math.max(...CLIENT_COUNTS)),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Newsgraph server at")) resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`bench: the API server exited with ${code}: ${output.trim()}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    },
  };
}

interface ApiCase {
  name: string;
  path: string;
  body?: unknown;
  work: () => Promise<unknown>;
}

async function compare(c: ApiCase, url: string, clients: number, seconds: number): Promise<BenchRow> {
  // Unmeasured: the server's JIT compiles its request path during the first thousand requests (search:
  // 305 req/s cold, 700 warm). Warm-up rounds of about half a second each, sized from the rate of the
  // round before, go on for WARM_UP_SECONDS; the last, warm rate sizes the measured runs.
  let rate = (await overHttp(url, c.path, clients, clients * 2, c.body)).rate;
  const warmUntil = Date.now() + WARM_UP_SECONDS * 1000;
  while (Date.now() < warmUntil)
    rate = (await overHttp(url, c.path, clients, Math.max(clients * 2, Math.round(rate / 2)), c.body)).rate;
  await direct(c.work, clients, WARM_UP_SECONDS);
  // HTTP, direct, direct, HTTP: whatever drifts during the row (Neo4j's background work after the scale
  // run's writes, the JIT) weighs on both paths alike. Measured HTTP first, search came out 5.5x.
  const half = Math.max(clients * 3, Math.round((rate * seconds) / 2));
  const first = await overHttp(url, c.path, clients, half, c.body);
  const plain = [...(await direct(c.work, clients, seconds / 2)), ...(await direct(c.work, clients, seconds / 2))];
  const last = await overHttp(url, c.path, clients, half, c.body);
  const http = { rate: (first.rate + last.rate) / 2, latencies: [...first.latencies, ...last.latencies] };
  const [h50, h95, h99] = [50, 95, 99].map((p) => percentile(http.latencies, p));
  const [d50, d95, d99] = [50, 95, 99].map((p) => percentile(plain, p));
  const ms = (values: number[]) => values.map((v) => (v < 10 ? v.toFixed(1) : v.toFixed(0))).join(" / ");
  return {
    benchmark: `API ${c.name}, ${clients} client${clients > 1 ? "s" : ""}: p50 / p95 / p99 latency over HTTP vs direct`,
    figure: `${ms([h50, h95, h99])} ms, ${http.rate.toFixed(0)} req/s`,
    baseline: `${ms([d50, d95, d99])} ms, ${(plain.length / seconds).toFixed(0)} req/s`,
    ratio: `p50 ${(h50 / d50).toFixed(2)}, p99 ${(h99 / d99).toFixed(2)}`,
    goal: "p50 ≤ 1.5, p99 ≤ 2",
    met: h50 / d50 <= 1.5 && h99 / d99 <= 2,
  };
}

export async function apiBenchmarks(
  driver: Driver,
  uri: string,
  password: string,
  seconds: number,
): Promise<BenchRow[]> {
  const config = loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: password });
  // After the scale run's writes the indexes may still be catching up, the search's full-text one above
  // all: waited for here, that work does not fall into the first case measured.
  await driver.executeQuery("CALL db.awaitIndexes(300)");
  await driver.executeQuery("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()");
  const server = await startServerProcess(uri, password);
  const url = server.url;
  const db = new Db(driver, "neo4j", config.READ_TIMEOUT_MS);
  const hub = (
    await driver.executeQuery("MATCH (s:State) RETURN s.id AS id ORDER BY s.mentions DESC LIMIT 1")
  ).records[0].get("id") as string;
  const cases: ApiCase[] = [
    { name: "search", path: "/api/search?q=iran&limit=10", work: () => search(db, "iran", 10) },
    { name: "entity", path: `/api/entities/${encodeURIComponent(hub)}`, work: () => getEntity(db, hub, 200) },
    {
      name: "2-hop expansion",
      path: `/api/neighbours?ids=${encodeURIComponent(hub)}&hops=2&limit=50`,
      work: () =>
        getNeighbours(db, { includeRejected: false }, { ids: [hub], hops: 2, limit: 50, offset: 0, order: "evidence" }),
    },
    {
      name: "duplicate suggestions",
      path: "/api/suggestions/duplicates?limit=30",
      work: () => suggestDuplicates(db, { limit: 30 }),
    },
    {
      name: "Cypher",
      path: "/api/cypher",
      body: { query: TYPICAL_CYPHER },
      work: () => driver.executeQuery(TYPICAL_CYPHER, {}, { database: "neo4j", routing: "READ" }),
    },
  ];
  const rows: BenchRow[] = [];
  try {
    for (const c of cases) {
      for (const clients of CLIENT_COUNTS) {
        try {
          rows.push(await compare(c, url, clients, seconds));
        } catch (error) {
          // One failing endpoint must not cost the figures of the others: it shows as failed.
          rows.push({
            benchmark: `API ${c.name}, ${clients} clients`,
            figure: `failed: ${(error as Error).message}`,
            baseline: "—",
            ratio: "—",
            goal: "p50 ≤ 1.5, p99 ≤ 2",
            met: false,
          });
        }
      }
    }
  } finally {
    await server.stop();
  }
  return rows;
}
