import { Writable } from "node:stream";
import pino from "pino";
import request from "supertest";
import { closeApp, createApp } from "../../server/app";
import { ServerHarness, serverHarness } from "./support";

describe("request logs", () => {
  let h: ServerHarness;
  beforeAll(async () => {
    h = await serverHarness({ extraction: null, env: { INGEST_TOKEN: "token-for-logs-0123456789" } });
  });
  afterAll(() => h.close());

  it("are structured, carry the request id, and never the body, query string or token", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = createApp({ driver: h.driver, config: h.config, logger: pino({ level: "info" }, sink) });
    await request(app)
      .post("/api/cypher")
      .set("X-Request-Id", "log-test-1")
      .send({ query: "RETURN 'SECRET-QUERY-TEXT' AS s" })
      .expect(200);
    await request(app).get("/api/search?q=SECRET-SEARCH").set("X-Request-Id", "log-test-2").expect(200);
    const upload = await request(app)
      .post("/api/ingest")
      .set("Authorization", "Bearer token-for-logs-0123456789")
      .send({
        articles: [
          { title: "T", text: "SECRET-ARTICLE-BODY. Iran backs the Houthis in Yemen, officials said on Tuesday." },
        ],
      })
      .expect(202);
    for (
      let status = "queued";
      status === "queued" || status === "running";
      await new Promise((resolve) => setTimeout(resolve, 150))
    ) {
      status = (await request(app).get(`/api/ingest/${upload.body.job.id}`).expect(200)).body.status;
    }
    await closeApp(app);
    const entries = lines.map((line) => JSON.parse(line));
    expect(entries.find((e) => e.req?.id === "log-test-1")).toMatchObject({
      req: { method: "POST", url: "/api/cypher" },
      res: { statusCode: 200 },
    });
    expect(entries.find((e) => e.req?.id === "log-test-2")?.req.url).toBe("/api/search");
    const all = lines.join("\n");
    expect(all).not.toMatch(/SECRET|token-for-logs/);
  });
});
