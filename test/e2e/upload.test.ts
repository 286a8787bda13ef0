import type { Page } from "playwright-core";
import {
  labelBoxes,
  openExplorer,
  settled,
  shows,
  stagePositions,
  pagePerTest,
  waitUntil,
  type E2eHarness,
} from "./harness";

/**
 * Issue 17 point 11, upload from the explorer, against the ingest-job API of issue 15: POST /api/ingest
 * (JSON or multipart) answers 202 with a job, GET /api/ingest/:job reports it, the token travels as the
 * page's same-origin cookie.
 */
describe("uploading articles from the explorer", () => {
  let h: E2eHarness;
  let page: Page;
  const ARTICLE =
    "The United States sanctioned Iran on Monday. Iran accused the United States of economic warfare in a statement.";
  pagePerTest((harness, fresh) => {
    h = harness;
    page = fresh;
  });

  it("ingests a pasted article, shows the job's progress, then brings its entities into the graph, lit and framed", async () => {
    await openExplorer(page, h.server.url);
    const before = new Set((await page.evaluate("window.__newsgraph.graph.nodes()")) as string[]);
    await page.getByTestId("open-upload").click();
    await page.getByTestId("upload-title").fill("Sanctions and a reply");
    await page.getByTestId("upload-source").fill("Test Wire");
    await page.getByTestId("upload-date").fill("2024-06-10");
    await page.getByTestId("upload-text").fill(ARTICLE);
    await page.getByTestId("upload-send-text").click();
    await shows(page, "upload-headline", /^Done: 1 article/);
    await shows(page, "upload-file", /ingested/);
    await waitUntil(page, "window.__newsgraph.store.get().highlight?.reason === 'upload'", 30000);
    await page.keyboard.press("Escape");
    await settled(page);
    const lit = (await page.evaluate("window.__newsgraph.store.get().highlight.nodes")) as string[];
    const added = lit.filter((id) => !before.has(id));
    expect(added.length).toBeGreaterThanOrEqual(2);
    const { width, height, at } = await stagePositions(page, added);
    for (const id of added)
      expect(at[id] && at[id]!.x > 0 && at[id]!.x < width && at[id]!.y > 0 && at[id]!.y < height).toBe(true);
    const labelled = new Set((await labelBoxes(page)).map((l) => l.key));
    expect(added.some((id) => labelled.has(id))).toBe(true);
    await expect(page.getByTestId("filter-source").locator("option").allInnerTexts()).resolves.toContain(
      "Test Wire (1)",
    );
  });

  it("reports each file on its own: one ingested, one refused with the reason", async () => {
    await openExplorer(page, h.server.url);
    await page.getByTestId("open-upload").click();
    await page.getByTestId("upload-files").setInputFiles([
      {
        name: "reply.txt",
        mimeType: "text/plain",
        buffer: Buffer.from(`Iran and Oman\n\n${ARTICLE} Oman mediated between them.`),
      },
      { name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{ not json") },
    ]);
    await waitUntil(page, "['done', 'failed'].includes(window.__newsgraph.store.get().upload.job?.status)", 60000);
    const files = await page.getByTestId("upload-file").allInnerTexts();
    expect(files).toHaveLength(2);
    expect(files.find((f) => f.startsWith("reply.txt"))).toMatch(/ingested/);
    expect(files.find((f) => f.startsWith("broken.json"))).toMatch(/failed: \S+/);
  });

  it("skips an article it already holds unless told to replace it, and says which it replaced; the same text again is left as it is", async () => {
    const revised = {
      name: "again.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(`Again\n\n${ARTICLE} Oman called for calm.`),
    };
    await openExplorer(page, h.server.url);
    await page.getByTestId("open-upload").click();
    const file = { name: "again.txt", mimeType: "text/plain", buffer: Buffer.from(`Again\n\n${ARTICLE}`) };
    await page.getByTestId("upload-files").setInputFiles([file]);
    await shows(page, "upload-file", /^again\.txt\s+ingested/);
    await page.getByTestId("upload-files").setInputFiles([]);
    await page.getByTestId("upload-files").setInputFiles([file]);
    await shows(page, "upload-file", /^again\.txt\s+skipped/);
    await page.getByTestId("upload-replace").check();
    await page.getByTestId("upload-files").setInputFiles([]);
    await page.getByTestId("upload-files").setInputFiles([revised]);
    await shows(page, "upload-file", /^again\.txt\s+ingested \(replaced the stored article\)/);
    await page.getByTestId("upload-files").setInputFiles([]);
    await page.getByTestId("upload-files").setInputFiles([revised]);
    await shows(page, "upload-file", /^again\.txt\s+skipped.*unchanged/);
  });
});
