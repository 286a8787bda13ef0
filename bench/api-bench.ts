import { ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { AddressInfo, createServer } from "node:net";
import path from "node:path";
import autocannon from "autocannon";
import { Driver } from "neo4j-driver";
import { loadConfig } from "../config";
import { getNeighbours } from "../server/graph/graph-service";
import { getEntity } from "../server/entities/entity-service";
import { Db } from "../server/neo4j/db";
import { search } from "../server/search/search-service";
import { BenchRow, percentile } from "./measure";

const CONNECTIONS = 10;
const WARM_UP_SECONDS = 3;
const TYPICAL_CYPHER = "MATCH (s:State)-[r:ATTACKED|BACKS]->(t) RETURN s.name AS source, type(r) AS type, t.name AS target, r.count AS evidence ORDER BY evidence DESC LIMIT 25";

/** The same work without HTTP: the repository calls the endpoint makes, from CONNECTIONS concurrent loops. */
async function direct(work: () => Promise<unknown>, seconds: number): Promise<number[]> {
  const latencies: number[] = [];
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
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
 */
async function overHttp(url: string, path: string, amount: number, body?: unknown) {
  const result = await autocannon({
    url: url + path,
    connections: CONNECTIONS,
    amount,
    method: body ? "POST" : "GET",
    headers: body ? { "content-type": "application/json" } : undefined,
    body: body ? JSON.stringify(body) : undefined,
    timeout: 120,
  });
  if (result.errors || result.non2xx || result.timeouts || result.requests.total === 0) {
    throw new Error(`bench: ${path} answered ${result.requests.total} requests, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return result;
}

/** Requests per second over HTTP from a run of `amount` requests. */
function rate(result: autocannon.Result): number {
  return result.requests.total / Math.max(result.duration, 0.001);
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
 * and the direct loops, and the HTTP figures would measure that contention.
 */
async function startServerProcess(uri: string, password: string): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: path.resolve(__dirname, ".."),
    env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: password, PORT: String(port), LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "1000000" },
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

async function compare(c: ApiCase, url: string, seconds: number): Promise<BenchRow> {
  // Unmeasured: the server's JIT compiles its request path during the first thousand requests, and the
  // first case measured used to pay for that alone (search: 305 req/s cold, 700 req/s warm). A probe
  // gives the rate, so the warm-up and the measured run last about WARM_UP_SECONDS and `seconds`.
  const probe = await overHttp(url, c.path, CONNECTIONS * 2, c.body);
  await overHttp(url, c.path, Math.max(CONNECTIONS * 2, Math.round(rate(probe) * WARM_UP_SECONDS)), c.body);
  await direct(c.work, WARM_UP_SECONDS);
  const http = await overHttp(url, c.path, Math.max(CONNECTIONS * 5, Math.round(rate(probe) * seconds)), c.body);
  const plain = await direct(c.work, seconds);
  const p50 = percentile(plain, 50);
  const p99 = percentile(plain, 99);
  return {
    benchmark: `API ${c.name}: p50 / p95 / p99 latency over HTTP vs direct (${CONNECTIONS} clients, ${rate(http).toFixed(0)} req/s)`,
    figure: `${http.latency.p50} / ${http.latency.p90} (p90) / ${http.latency.p99} ms`,
    baseline: `${p50.toFixed(0)} / ${percentile(plain, 95).toFixed(0)} / ${p99.toFixed(0)} ms`,
    ratio: `p50 ${(http.latency.p50 / Math.max(p50, 1)).toFixed(2)}, p99 ${(http.latency.p99 / Math.max(p99, 1)).toFixed(2)}`,
    goal: "p50 ≤ 1.5, p99 ≤ 2",
    met: http.latency.p50 / Math.max(p50, 1) <= 1.5 && http.latency.p99 / Math.max(p99, 1) <= 2,
  };
}

export async function apiBenchmarks(driver: Driver, uri: string, password: string, seconds: number): Promise<BenchRow[]> {
  const config = loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: password });
  const server = await startServerProcess(uri, password);
  const url = server.url;
  const db = new Db(driver, "neo4j", config.READ_TIMEOUT_MS);
  const hub = (await driver.executeQuery("MATCH (s:State) RETURN s.id AS id ORDER BY s.mentions DESC LIMIT 1")).records[0].get("id") as string;
  const cases: ApiCase[] = [
    { name: "search", path: "/api/search?q=iran&limit=10", work: () => search(db, "iran", 10) },
    { name: "entity", path: `/api/entities/${encodeURIComponent(hub)}`, work: () => getEntity(db, hub, 200) },
    {
      name: "2-hop expansion",
      path: `/api/neighbours?ids=${encodeURIComponent(hub)}&hops=2&limit=50`,
      work: () => getNeighbours(db, {}, { ids: [hub], hops: 2, limit: 50, offset: 0, order: "evidence" }),
    },
    { name: "Cypher", path: "/api/cypher", body: { query: TYPICAL_CYPHER }, work: () => driver.executeQuery(TYPICAL_CYPHER, {}, { database: "neo4j", routing: "READ" }) },
  ];
  const rows: BenchRow[] = [];
  try {
    for (const c of cases) {
      try {
        rows.push(await compare(c, url, seconds));
      } catch (error) {
        // One failing endpoint must not cost the figures of the others: it shows as failed.
        rows.push({ benchmark: `API ${c.name}`, figure: `failed: ${(error as Error).message}`, baseline: "—", ratio: "—", goal: "p50 ≤ 1.5, p99 ≤ 2", met: false });
      }
    }
  } finally {
    await server.stop();
  }
  return rows;
}
