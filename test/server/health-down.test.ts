import { createServer, Server, Socket } from "node:net";
import { AddressInfo } from "node:net";
import request from "supertest";
import { createDriver } from "../../storage";
import { createApp } from "../../server/app";
import { testConfig } from "../support/database";

/** A TCP port that accepts connections and never says a word: the worst case for a hang. */
function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => sockets.add(socket));
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            sockets.forEach((s) => s.destroy());
            server.close(() => done());
          }),
      }),
    ),
  );
}

describe("when Neo4j is down", () => {
  it("health answers 503 with a clear problem when nothing listens", async () => {
    const config = testConfig({
      NEO4J_URI: "bolt://127.0.0.1:1",
      NEO4J_CONNECTION_TIMEOUT_MS: "1000",
      LOG_LEVEL: "silent",
    });
    const driver = createDriver(config);
    try {
      const res = await request(createApp({ driver, config })).get("/api/health").expect(503);
      expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 503, title: "Service Unavailable" });
      expect(res.body.detail).toMatch(/Neo4j is down or unreachable/);
      const stats = await request(createApp({ driver, config })).get("/api/stats").expect(503);
      expect(stats.body.detail).toMatch(/not reachable/);
    } finally {
      await driver.close();
    }
  });

  it("health answers 503 when the configured database does not exist", async () => {
    const config = testConfig({ NEO4J_DATABASE: "nosuchdb", NEO4J_CONNECTION_TIMEOUT_MS: "2000", LOG_LEVEL: "silent" });
    const driver = createDriver(config);
    try {
      const res = await request(createApp({ driver, config })).get("/api/health").expect(503);
      expect(res.body.detail).toMatch(/nosuchdb|database/i);
    } finally {
      await driver.close();
    }
  });

  it("health answers 503 within the bounded timeout when the database never answers", async () => {
    const silent = await silentServer();
    const config = testConfig({
      NEO4J_URI: `bolt://127.0.0.1:${silent.port}`,
      NEO4J_CONNECTION_TIMEOUT_MS: "500",
      LOG_LEVEL: "silent",
    });
    const driver = createDriver(config);
    try {
      const started = Date.now();
      const res = await request(createApp({ driver, config })).get("/api/health").expect(503);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(res.body.detail).toMatch(/Neo4j/);
    } finally {
      await driver.close();
      await silent.close();
    }
  });
});
