import path from "node:path";
import { Express } from "express";
import request from "supertest";
import { writeExtraction } from "../../ingest/load";
import { extractFromPaths } from "../../ingest/pipeline";
import { testNlp } from "../ingest/helpers";
import { IngestJobSchema } from "../../domain/api";
import { ARTICLES, IDS } from "./fixtures/news-graph";
import { ServerHarness, serverHarness } from "./support";

const TEXT =
  "Iran backs the Houthis in Yemen, officials said on Tuesday. The United States sanctioned Iran over its support for the group.";
const SAMPLE = path.resolve(__dirname, "../../samples/articles/01-us-iran-talks-oman.txt");

type Job = ReturnType<typeof IngestJobSchema.parse>;

/** Polls a job until it has finished (the extraction runs in a child process). */
async function finished(app: Express, id: string, timeoutMs = 60_000): Promise<Job> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await request(app).get(`/api/ingest/${id}`).expect(200);
    const job = IngestJobSchema.parse(res.body);
    if (!["queued", "running"].includes(job.status)) return job;
    if (Date.now() > deadline) throw new Error(`job ${id} still ${job.status}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

describe("retraction: DELETE /api/articles/:id", () => {
  let h: ServerHarness;
  beforeAll(async () => {
    h = await serverHarness();
  });
  afterAll(() => h.close());

  const auth = () => ({ Authorization: `Bearer ${h.token}` });

  it("needs the write token: none is 401, a wrong one 403", async () => {
    const missing = await request(h.app).delete(`/api/articles/${ARTICLES.solo}`).expect(401);
    expect(missing.body).toMatchObject({ status: 401, title: "Unauthorized" });
    expect(missing.headers["www-authenticate"]).toMatch(/^Bearer/);
    await request(h.app).delete(`/api/articles/${ARTICLES.solo}`).set("Authorization", "Bearer wrong").expect(403);
    await request(h.app)
      .delete(`/api/articles/${ARTICLES.solo}`)
      .set("Authorization", `Bearer ${h.token}x`)
      .expect(403);
    await request(h.app).delete(`/api/articles/${ARTICLES.solo}`).set("Authorization", h.token).expect(401);
    await request(h.app).delete(`/api/articles/${ARTICLES.solo}`).set("Cookie", "newsgraph_token=wrong").expect(403);
    await request(h.app).get(`/api/articles/${ARTICLES.solo}`).expect(200);
  });

  it("removes the relations and entities whose only evidence the article was", async () => {
    const res = await request(h.app).delete(`/api/articles/${ARTICLES.solo}`).set(auth()).expect(200);
    expect(res.body).toEqual({ removed: { article: 1, relations: 2, entities: 2 } });
    await request(h.app).get(`/api/articles/${ARTICLES.solo}`).expect(404);
    await request(h.app).get(`/api/entities/${IDS.qatar}`).expect(404);
    await request(h.app).get(`/api/entities/${IDS.hamas}`).expect(404);
    const iran = await request(h.app).get(`/api/entities/${IDS.iran}`).expect(200);
    expect(iran.body.relations.map((r: { other: { id: string } }) => r.other.id)).not.toContain(IDS.hamas);
  });

  it("leaves relations with other evidence in place with their counts and dates right", async () => {
    await request(h.app).delete(`/api/articles/${ARTICLES.proxies}`).set(auth()).expect(200);
    const iran = await request(h.app).get(`/api/entities/${IDS.iran}`).expect(200);
    const backs = iran.body.relations.find(
      (r: { edge: { id: string } }) => r.edge.id === `${IDS.iran}|BACKS|${IDS.houthis}`,
    );
    expect(backs.edge.properties).toMatchObject({
      count: 1,
      articles: 1,
      articleIds: [ARTICLES.sanctions],
      firstSeen: "2024-02-05",
      lastSeen: "2024-02-05",
    });
    expect(backs.evidence).toHaveLength(1);
    expect(backs).toMatchObject({ articles: 1, outlets: 1 });
    await request(h.app).get(`/api/entities/${IDS.hizbollah}`).expect(404);
  });

  it("answers 404 for an unknown article", async () => {
    await request(h.app).delete("/api/articles/nope").set(auth()).expect(404);
  });
});

describe("ingest jobs: POST /api/ingest, GET and DELETE /api/ingest/:job", () => {
  let h: ServerHarness;
  let sampleId: string;
  beforeAll(async () => {
    h = await serverHarness({ extraction: null, env: { BODY_LIMIT: "20kb" } });
    const { extraction } = await extractFromPaths([SAMPLE], { nlp: testNlp() });
    await writeExtraction(h.driver, h.config.NEO4J_DATABASE, extraction);
    sampleId = extraction.articles[0].id;
  });
  afterAll(() => h.close());

  const post = () => request(h.app).post("/api/ingest").set("Authorization", `Bearer ${h.token}`);

  it("refuses a caller without the token, or with a wrong one", async () => {
    await request(h.app)
      .post("/api/ingest")
      .send({ articles: [{ text: TEXT }] })
      .expect(401);
    await request(h.app)
      .post("/api/ingest")
      .set("Authorization", "Bearer not-the-token")
      .send({ articles: [{ text: TEXT }] })
      .expect(403);
  });

  it("answers 202 with a job, and the job reports each file and what was written", async () => {
    const res = await post()
      .send({ articles: [{ title: "Proxies", source: "Wire", date: "2024-05-02", text: TEXT }] })
      .expect(202);
    const accepted = IngestJobSchema.parse(res.body.job);
    expect(res.headers.location).toBe(`/api/ingest/${accepted.id}`);
    expect(["queued", "running"]).toContain(accepted.status);
    const job = await finished(h.app, accepted.id);
    expect(job).toMatchObject({ status: "done", total: 1, done: 1, summary: { articles: 1, skipped: 0 } });
    expect(job.summary?.relations).toBeGreaterThanOrEqual(2);
    const [file] = job.files;
    expect(file).toMatchObject({ status: "done", replaced: false, articleId: expect.any(String) });
    const stored = await request(h.app)
      .get(`/api/articles/${encodeURIComponent(file.articleId as string)}`)
      .expect(200);
    expect(stored.body.article).toMatchObject({ title: "Proxies", source: "Wire", date: "2024-05-02", text: TEXT });
    const iran = await request(h.app).get("/api/entities/state:iran").expect(200);
    expect(iran.body.relations.map((r: { type: string }) => r.type)).toEqual(
      expect.arrayContaining(["BACKS", "SANCTIONED"]),
    );
  });

  it("reads multipart files, and says which ones it could not read", async () => {
    const res = await post()
      .attach(
        "files",
        Buffer.from(`Oman talks\n\n${TEXT} Oman mediated between Washington and Tehran.`),
        "oman-note.txt",
      )
      .attach("files", Buffer.from(`# Sanctions\n\n${TEXT} The United States threatened Iran.`), "sanctions.md")
      .attach("files", Buffer.from("MZ\u0000\u0001"), "tool.exe")
      .attach("files", Buffer.from("too short"), "short.txt")
      .expect(202);
    const job = await finished(h.app, res.body.job.id);
    expect(job.status).toBe("done");
    const byName = Object.fromEntries(job.files.map((f) => [f.name, f]));
    expect(byName["oman-note.txt"]).toMatchObject({ status: "done" });
    expect(byName["sanctions.md"]).toMatchObject({ status: "done" });
    expect(byName["tool.exe"]).toMatchObject({
      status: "failed",
      reason: expect.stringMatching(/unsupported file type/),
    });
    expect(byName["short.txt"]).toMatchObject({ status: "failed", reason: expect.any(String) });
    expect(job.summary).toMatchObject({ articles: 2 });
  });

  it("never replaces a stored article unless the upload says replace, and says which it replaced", async () => {
    const original = (
      await request(h.app)
        .get(`/api/articles/${encodeURIComponent(sampleId)}`)
        .expect(200)
    ).body.article;
    const sameName = () =>
      post().attach("files", Buffer.from(`Oman, again\n\n${TEXT} Someone else wrote this.`), path.basename(SAMPLE));
    const refused = await finished(h.app, (await sameName().expect(202)).body.job.id);
    expect(refused.status).toBe("done");
    expect(refused.files[0]).toMatchObject({
      status: "skipped",
      articleId: original.id,
      reason: expect.stringMatching(/already stored.*replace: true/),
    });
    expect(refused.summary).toMatchObject({ articles: 0, skipped: 1 });
    const kept = await request(h.app)
      .get(`/api/articles/${encodeURIComponent(original.id)}`)
      .expect(200);
    expect(kept.body.article.text).not.toMatch(/Someone else/);

    const replaced = await finished(h.app, (await sameName().field("replace", "true").expect(202)).body.job.id);
    expect(replaced.files[0]).toMatchObject({ status: "done", articleId: original.id, replaced: true });
    const now = await request(h.app)
      .get(`/api/articles/${encodeURIComponent(original.id)}`)
      .expect(200);
    expect(now.body.article.text).toMatch(/Someone else/);

    const json = { articles: [{ title: "Proxies", source: "Wire", date: "2024-05-02", text: `${TEXT} Changed.` }] };
    const again = await finished(h.app, (await post().send(json).expect(202)).body.job.id);
    expect(again.files[0]).toMatchObject({ status: "skipped" });
    const forced = await finished(
      h.app,
      (
        await post()
          .send({ ...json, replace: true })
          .expect(202)
      ).body.job.id,
    );
    expect(forced.files[0]).toMatchObject({ status: "done", replaced: true });
  });

  it("validates the upload: schema, media type, emptiness and size", async () => {
    const invalid = await post()
      .send({ articles: [{ title: "no text" }] })
      .expect(400);
    expect(invalid.body.detail).toMatch(/^body\.articles\.0\.text/);
    await post().send({ articles: [] }).expect(400);
    await post()
      .send({ articles: [{ text: TEXT }], replace: "yes" })
      .expect(400);
    await post().set("Content-Type", "text/plain").send(TEXT).expect(415);
    await post().set("Content-Type", "application/xml").send("<a/>").expect(415);
    await post().set("Content-Type", "application/x-www-form-urlencoded").send("articles=x").expect(415);
    await post().field("replace", "true").expect(400);
    await post().attach("files", Buffer.from("x"), "a.exe").expect(400);
    await post().field("other", "x").attach("files", Buffer.from(TEXT), "a.txt").expect(400);
    const big = await post()
      .attach("files", Buffer.from("x".repeat(30 * 1024)), "big.txt")
      .expect(413);
    expect(big.body).toMatchObject({ status: 413, title: "Payload Too Large" });
    await post()
      .send({ articles: [{ text: "x".repeat(30 * 1024) }] })
      .expect(413);
  });

  it("fails a job when no document in it can be read, naming why for each file", async () => {
    const res = await post()
      .send({ articles: [{ text: "too short" }] })
      .expect(202);
    const job = await finished(h.app, res.body.job.id);
    expect(job).toMatchObject({ status: "failed", error: expect.stringMatching(/no article could be read/) });
    expect(job.files[0]).toMatchObject({ status: "failed", reason: expect.any(String) });
  });

  it("answers 404 for an unknown job and 409 for cancelling a finished one", async () => {
    await request(h.app).get("/api/ingest/no-such-job").expect(404);
    await request(h.app).delete("/api/ingest/no-such-job").set("Authorization", `Bearer ${h.token}`).expect(404);
    const job = await finished(
      h.app,
      (
        await post()
          .send({ articles: [{ text: "too short again" }] })
          .expect(202)
      ).body.job.id,
    );
    const conflict = await request(h.app)
      .delete(`/api/ingest/${job.id}`)
      .set("Authorization", `Bearer ${h.token}`)
      .expect(409);
    expect(conflict.body.detail).toMatch(/already finished/);
    await request(h.app).delete(`/api/ingest/${job.id}`).expect(401);
  });
});

describe("the ingest queue", () => {
  let h: ServerHarness;
  beforeAll(async () => {
    h = await serverHarness({ extraction: null, env: { INGEST_QUEUE_LIMIT: "1", INGEST_RATE_LIMIT_PER_MINUTE: "3" } });
  });
  afterAll(() => h.close());

  const post = (title: string) =>
    request(h.app)
      .post("/api/ingest")
      .set("Authorization", `Bearer ${h.token}`)
      .send({ articles: [{ title, text: TEXT }] });

  it("cancels queued and running jobs, bounds the queue (503) and the rate (429); nothing cancelled is written", async () => {
    const running = (await post("first").expect(202)).body.job.id;
    const queued = (await post("second").expect(202)).body.job.id;
    const full = await post("third").expect(503);
    expect(full.body.detail).toMatch(/queue is full/);
    expect(full.headers["retry-after"]).toBeDefined();
    const cancelledQueued = await request(h.app)
      .delete(`/api/ingest/${queued}`)
      .set("Authorization", `Bearer ${h.token}`)
      .expect(200);
    expect(cancelledQueued.body.job).toMatchObject({ status: "cancelled" });
    const cancelledRunning = await request(h.app)
      .delete(`/api/ingest/${running}`)
      .set("Authorization", `Bearer ${h.token}`)
      .expect(200);
    expect(cancelledRunning.body.job).toMatchObject({ status: "cancelled" });
    expect((await finished(h.app, running)).status).toBe("cancelled");
    const limited = await post("fourth").expect(429);
    expect(limited.body).toMatchObject({ status: 429, title: "Too Many Requests" });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await request(h.app).get("/api/articles").expect(200)).body.total).toBe(0);
  });
});
