import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import request from "supertest";
import { createApp } from "../../server/app";
import { startServer } from "../../server/main";
import { testConfig } from "../support/database";
import { ServerHarness, serverHarness } from "./support";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe("startServer", () => {
  it("listens on HOST:PORT, answers, and closes (twice is fine)", async () => {
    const port = await freePort();
    const server = await startServer(testConfig({ PORT: String(port), LOG_LEVEL: "silent" }));
    try {
      expect(server.url).toBe(`http://127.0.0.1:${port}`);
      const res = await fetch(`${server.url}/api/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: "ok" });
    } finally {
      await server.close();
      await server.close();
    }
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
  });

  it("fails to start with a clear error when Neo4j is not there", async () => {
    const port = await freePort();
    await expect(
      startServer(testConfig({ PORT: String(port), NEO4J_URI: "bolt://127.0.0.1:1", LOG_LEVEL: "silent" })),
    ).rejects.toThrow();
  });
});

describe("serving a built explorer", () => {
  let h: ServerHarness;
  let dir: string;
  beforeAll(async () => {
    h = await serverHarness({ extraction: null });
    dir = mkdtempSync(path.join(tmpdir(), "newsgraph-client-"));
    writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>Explorer</title>");
    writeFileSync(path.join(dir, "app.js"), "console.log('explorer')");
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await h.close();
  });

  it("serves its files, falls back to index.html for its routes, and leaves /api alone", async () => {
    const app = createApp({ driver: h.driver, config: h.config, clientDir: dir });
    expect((await request(app).get("/").expect(200)).text).toMatch(/Explorer/);
    expect((await request(app).get("/app.js").expect(200)).text).toMatch(/explorer/);
    expect((await request(app).get("/entity/state:iran").expect(200)).text).toMatch(/Explorer/);
    const api = await request(app).get("/api/unknown").expect(404);
    expect(api.body).toMatchObject({ status: 404 });
  });
});

describe("startServer on a busy port", () => {
  it("rejects and leaves nothing open", async () => {
    const port = await freePort();
    const first = await startServer(testConfig({ PORT: String(port), LOG_LEVEL: "silent" }));
    try {
      await expect(startServer(testConfig({ PORT: String(port), LOG_LEVEL: "silent" }))).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});
