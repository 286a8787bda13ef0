import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import request from "supertest";
import { createApp } from "../../server/app";
import { resolveWriteToken } from "../../server/http";
import { ARTICLES } from "./fixtures/news-graph";
import { ServerHarness, databaseFingerprint, serverHarness } from "./support";

const TEXT =
  "Iran backs the Houthis in Yemen, officials said on Tuesday. The United States sanctioned Iran over its support for the group.";
const EVIL = "http://evil.test";

describe("writes from elsewhere", () => {
  let h: ServerHarness;
  let fingerprint: string;
  let cookie: string;
  beforeAll(async () => {
    h = await serverHarness();
    fingerprint = await databaseFingerprint(h.driver);
    const page = await request(h.app).get("/").expect(200);
    cookie = (page.headers["set-cookie"] as unknown as string[]).find((c) =>
      c.startsWith("newsgraph_token="),
    ) as string;
  });
  afterAll(() => h.close());

  const retract = () => request(h.app).delete(`/api/articles/${ARTICLES.solo}`);
  const ingest = () => request(h.app).post("/api/ingest");

  it("hands the token to the server's own page only as an httpOnly, SameSite=Strict cookie", () => {
    expect(cookie).toMatch(/^newsgraph_token=[^;]+; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(decodeURIComponent(cookie.split(";")[0].split("=")[1])).toBe(h.token);
  });

  it("refuses a fetch from another origin, with the token cookie or even the bearer token", async () => {
    const bearer = `Bearer ${h.token}`;
    const cases = [
      retract().set("Cookie", cookie).set("Origin", EVIL).set("Sec-Fetch-Site", "cross-site"),
      retract().set("Authorization", bearer).set("Origin", EVIL),
      retract().set("Cookie", cookie).set("Sec-Fetch-Site", "cross-site"),
      retract().set("Cookie", cookie).set("Sec-Fetch-Site", "same-site").set("Origin", "http://localhost:9999"),
      retract().set("Cookie", cookie).set("Origin", "null"),
      ingest()
        .set("Cookie", cookie)
        .set("Origin", EVIL)
        .send({ articles: [{ text: TEXT }] }),
    ];
    for (const pending of cases) {
      const res = await pending;
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ status: 403, title: "Forbidden" });
    }
    expect(await databaseFingerprint(h.driver)).toBe(fingerprint);
  });

  it("refuses a form posted from another site, and any body a form can send without a preflight", async () => {
    const form = await ingest()
      .set("Cookie", cookie)
      .set("Origin", EVIL)
      .set("Sec-Fetch-Site", "cross-site")
      .set("Content-Type", "text/plain")
      .send(`{"articles":[{"text":"${TEXT}"}]}`);
    expect(form.status).toBe(403);
    const multipartForm = await ingest()
      .set("Cookie", cookie)
      .set("Origin", EVIL)
      .set("Sec-Fetch-Site", "cross-site")
      .attach("files", Buffer.from(TEXT), "note.txt");
    expect(multipartForm.status).toBe(403);
    const withoutCookie = await ingest()
      .set("Origin", EVIL)
      .set("Sec-Fetch-Site", "cross-site")
      .attach("files", Buffer.from(TEXT), "note.txt");
    expect(withoutCookie.status).toBe(403);
    for (const type of ["text/plain", "application/x-www-form-urlencoded"]) {
      const sameOrigin = await ingest()
        .set("Authorization", `Bearer ${h.token}`)
        .set("Content-Type", type)
        .send(`articles=${TEXT}`);
      expect(sameOrigin.status).toBe(415);
    }
    const cypher = await request(h.app)
      .post("/api/cypher")
      .set("Content-Type", "text/plain")
      .send('{"query":"RETURN 1"}');
    expect(cypher.status).toBe(415);
    expect(await databaseFingerprint(h.driver)).toBe(fingerprint);
  });

  it("answers no request addressed to a host it does not know (DNS rebinding)", async () => {
    for (const host of ["evil.test", "evil.test:3000", "127.0.0.1.evil.test", "localhost.evil.test:80"]) {
      const write = await retract().set("Host", host).set("Authorization", `Bearer ${h.token}`);
      expect(write.status).toBe(403);
      expect(write.body.detail).toMatch(/does not answer for the host/);
      expect((await request(h.app).get("/api/stats").set("Host", host)).status).toBe(403);
    }
    expect(await databaseFingerprint(h.driver)).toBe(fingerprint);
    for (const host of ["localhost:3000", "127.0.0.1", "[::1]:8080", "LOCALHOST:1"])
      expect((await request(h.app).get("/api/health").set("Host", host)).status).toBe(200);
    const named = createApp({
      driver: h.driver,
      config: { ...h.config, ALLOWED_HOSTS: "graph.example.org, news.lan:8080" },
    });
    expect((await request(named).get("/api/health").set("Host", "graph.example.org")).status).toBe(200);
    expect((await request(named).get("/api/health").set("Host", "news.lan:8080")).status).toBe(200);
    expect((await request(named).get("/api/health").set("Host", "other.example.org")).status).toBe(403);
  });

  it("lets the explorer's own page write with its cookie, and CORS_ORIGIN's origins with the token", async () => {
    const own = await retract()
      .set("Cookie", cookie)
      .set("Origin", "http://127.0.0.1")
      .set("Host", "127.0.0.1")
      .set("Sec-Fetch-Site", "same-origin")
      .expect(200);
    expect(own.body.removed.article).toBe(1);
    const partner = createApp({ driver: h.driver, config: { ...h.config, CORS_ORIGIN: "http://partner.test" } });
    await request(partner)
      .delete(`/api/articles/${ARTICLES.proxies}`)
      .set("Origin", "http://partner.test")
      .set("Sec-Fetch-Site", "cross-site")
      .set("Authorization", `Bearer ${h.token}`)
      .expect(200);
    await request(partner)
      .delete(`/api/articles/${ARTICLES.talks}`)
      .set("Origin", "http://partner.test")
      .set("Sec-Fetch-Site", "cross-site")
      .expect(401);
  });
});

describe("the write token", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "newsgraph-token-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is generated at first start into a file only its owner can read, then kept", () => {
    const file = path.join(dir, "nested", "ingest-token");
    const first = resolveWriteToken({ INGEST_TOKEN_FILE: file, INGEST_TOKEN: undefined });
    expect(first).toMatchObject({ source: "generated", file });
    expect(first.token.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = resolveWriteToken({ INGEST_TOKEN_FILE: file, INGEST_TOKEN: undefined });
    expect(again).toMatchObject({ source: "file", token: first.token });
  });

  it("is INGEST_TOKEN when that is set", () => {
    const file = path.join(dir, "unused");
    expect(resolveWriteToken({ INGEST_TOKEN_FILE: file, INGEST_TOKEN: "a-token-from-the-environment" })).toEqual({
      token: "a-token-from-the-environment",
      source: "INGEST_TOKEN",
    });
  });

  it("is generated anew when the kept file is empty, and a readable file is closed to others", () => {
    const empty = path.join(dir, "empty");
    writeFileSync(empty, "\n");
    expect(resolveWriteToken({ INGEST_TOKEN_FILE: empty, INGEST_TOKEN: undefined }).source).toBe("generated");
    const open = path.join(dir, "open");
    writeFileSync(open, "a-kept-token-of-enough-length\n", { mode: 0o644 });
    expect(resolveWriteToken({ INGEST_TOKEN_FILE: open, INGEST_TOKEN: undefined })).toMatchObject({
      source: "file",
      token: "a-kept-token-of-enough-length",
    });
    expect(statSync(open).mode & 0o777).toBe(0o600);
  });
});
