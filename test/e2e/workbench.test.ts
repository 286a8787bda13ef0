import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { LABEL_COLORS } from "../../client/src/graph/styling";
import { openExplorer, settled, shows, visibleNodes, pagePerTest, waitUntil, type E2eHarness } from "./harness";

/**
 * Issue 17, the analyst's tools around the graph: the Cypher console (and issue 15's rule that a link never
 * runs its query), the legend and filter counts, the time filter, and exports.
 */
describe("the explorer's console, legend, time filter and exports", () => {
  let h: E2eHarness;
  let page: Page;
  pagePerTest((harness, fresh) => {
    h = harness;
    page = fresh;
  });

  async function runQuery(query: string): Promise<void> {
    const editor = page.getByTestId("cypher-editor");
    await editor.click();
    await page.keyboard.press("Control+a");
    await page.keyboard.insertText(query);
    await page.keyboard.press("Control+Enter");
  }

  async function download(testId: string): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
    return (await file.path())!;
  }

  it("shows a shared link's query in the console and runs it only when Run is pressed", async () => {
    const sent: string[] = [];
    page.on("request", (request) => request.url().includes("/api/cypher") && sent.push(request.method()));
    await openExplorer(
      page,
      `${h.server.url}/?q=${encodeURIComponent("MATCH (s:State) RETURN s.name AS name ORDER BY name")}`,
    );
    await expect(page.getByTestId("cypher-console").isVisible()).resolves.toBe(true);
    await expect(page.getByTestId("cypher-editor").innerText()).resolves.toContain(
      "MATCH (s:State) RETURN s.name AS name ORDER BY name",
    );
    await shows(page, "cypher-status", /came with the link you opened[\s\S]*press Run/);
    await page.waitForTimeout(1000);
    expect(sent).toEqual([]);
    await page.getByTestId("cypher-run").click();
    await shows(page, "cypher-status", /^2 rows/);
    expect(sent).toEqual(["POST"]);
    await expect(page.getByTestId("cypher-results").innerText()).resolves.toMatch(/Estovia\s+Norland/);
  });

  it("draws nodes, relations, paths and articles as chips, says when a result is cut, times it, and keeps a history", async () => {
    await openExplorer(page, h.server.url);
    await page.getByTestId("open-cypher").click();
    await runQuery("MATCH p = (a:State)-[r:BACKS]->(b) RETURN a, r, b, p");
    await shows(page, "cypher-status", /^1 row · 2 nodes, 1 relations drawn · \d+\.\d\d s$/);
    await expect(page.getByTestId("cell-node").allInnerTexts()).resolves.toEqual([
      "Norland",
      "Coastal Alliance",
      "Norland",
      "Coastal Alliance",
    ]);
    await expect(page.getByTestId("cell-relation").innerText()).resolves.toMatch(/^backs\s*· 2×$/);
    await expect(page.getByTestId("cell-path").innerText()).resolves.toMatch(/^Norland\s*—backs—\s*Coastal Alliance$/);

    await runQuery("MATCH (a:Article) RETURN a ORDER BY a.date LIMIT 2");
    await shows(page, "cypher-status", /^2 rows/);
    const articles = await page.getByTestId("cypher-results").innerText();
    expect(articles).toContain("Talks resume in Geneva");
    expect(articles).not.toContain("{");

    await runQuery("UNWIND range(1, 6000) AS n RETURN n");
    await shows(
      page,
      "cypher-status",
      /5000 rows \(the server stops at 5000; there are more[\s\S]*the first 500 shown, all 5000 in the CSV/,
    );
    await expect(page.locator("[data-testid=cypher-results] tbody tr").count()).resolves.toBe(500);
    const csv = readFileSync(await download("cypher-csv"), "utf8")
      .trim()
      .split("\r\n");
    expect(csv).toHaveLength(5001);
    expect(csv.slice(0, 3)).toEqual(["n", "1", "2"]);

    const history = await page.getByTestId("cypher-history").locator("option").allInnerTexts();
    expect(history[0]).toBe("History (3)…");
    expect(history[1]).toBe("UNWIND range(1, 6000) AS n RETURN n");
  });

  it("cancels a running query, and the drawer is resized by dragging its edge", async () => {
    await openExplorer(page, h.server.url);
    await page.getByTestId("open-cypher").click();
    await runQuery("UNWIND range(1, 60000000) AS n WITH n WHERE n % 7 = 3 RETURN count(n) AS c");
    await shows(page, "cypher-status", /^Running… \d+\.\d s$/);
    await page.getByTestId("cypher-cancel").click();
    await shows(page, "cypher-status", /^Cancelled after \d+\.\d s/);
    await expect(page.getByTestId("cypher-run").isEnabled()).resolves.toBe(true);

    const before = (await page.getByTestId("cypher-console").boundingBox())!;
    const handle = (await page.getByTestId("cypher-resize").boundingBox())!;
    await page.mouse.move(handle.x + 200, handle.y + 3);
    await page.mouse.down();
    await page.mouse.move(handle.x + 200, handle.y - 150, { steps: 5 });
    await page.mouse.up();
    const after = (await page.getByTestId("cypher-console").boundingBox())!;
    expect(after.height).toBeGreaterThan(before.height + 120);
    // The console starts at a third of the stage, leaving most of the graph in view.
    expect(before.height).toBeLessThan(900 * 0.4);
  });

  it("says what went wrong without the status line, and links the API docs", async () => {
    await openExplorer(page, h.server.url);
    await page.getByTestId("open-cypher").click();
    await runQuery("MATCH (n) DETACH DELETE n");
    await waitUntil(page, "window.__newsgraph.store.get().cypher.error !== null");
    const status = await page.getByTestId("cypher-status").innerText();
    expect(status).toMatch(/^Query refused/);
    expect(status).not.toMatch(/Bad Request/);
    await expect(page.getByTestId("api-docs").getAttribute("href")).resolves.toBe("/api/docs");
  });

  it("explains colour and size in each mode, with counts beside every filter option and no empty types listed", async () => {
    await openExplorer(page, h.server.url);
    await shows(page, "legend-colour", /^Colour = entity type$/);
    await shows(page, "legend-size", /^Size = number of relations \(degree\)$/);
    const nodes = await page.getByTestId("legend-node").allInnerTexts();
    expect(nodes.map((t) => t.replace(/\s+/g, " "))).toEqual([
      "Actor (person) 31",
      "Group 2",
      "State 2",
      "Event 2",
      "Place 2",
    ]);
    await page.getByTestId("legend-category-conflict").locator("summary").click();
    const conflict = await page.getByTestId("legend-category-conflict").getByTestId("legend-type").allInnerTexts();
    expect(conflict.map((t) => t.replace(/\s+/g, " "))).toEqual([
      "attacked 1",
      "accused 1",
      "threatened 2",
      "sanctioned 1",
    ]);

    await expect(page.getByTestId("filter-label-Actor").locator("xpath=..").innerText()).resolves.toMatch(
      /Actor \(person\)\s*31/,
    );
    await expect(page.getByTestId("filter-type-BACKS").count()).resolves.toBe(1);
    await expect(page.getByTestId("filter-type-SIGNED").count()).resolves.toBe(0);
    await expect(page.getByTestId("filter-source").locator("option").allInnerTexts()).resolves.toEqual([
      "All outlets (3)",
      "Coastal Wire (1)",
      "Harbour Times (2)",
      "Northern Ledger (1)",
    ]);

    await page.getByTestId("color-community").check();
    await shows(page, "legend-colour", /^Colour = community \(Louvain\): \d+ found$/);
    const communities = await page.getByTestId("legend-node").allInnerTexts();
    expect(communities[0]).toMatch(/^\d+ · .*Harbour Summit/);
    const colours = (await page.evaluate(
      "[...document.querySelectorAll('[data-testid=legend-node] .dot')].map((d) => getComputedStyle(d).backgroundColor)",
    )) as string[];
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
    const typeColours = Object.values(LABEL_COLORS).map(rgb);
    expect(colours.filter((c) => typeColours.includes(c))).toEqual([]);
    await page.getByTestId("size-pagerank").check();
    await shows(page, "legend-size", /PageRank/);
  });

  it("filters on event dates and relation dates apart, over a histogram of dated items, and plays through time", async () => {
    await openExplorer(page, h.server.url);
    const bars = await page
      .getByTestId("time-histogram")
      .locator(".bar")
      .evaluateAll((list) => list.map((b) => Number(b.getAttribute("data-count"))));
    // March to June 2024: every relation by its first report, and the two events by their dates.
    expect(bars).toHaveLength(4);
    expect(bars.reduce((a, b) => a + b, 0)).toBe(42);
    await page.getByTestId("date-from").fill("2");
    await page.getByTestId("date-from").dispatchEvent("change");
    await waitUntil(page, "window.__newsgraph.store.get().filters.from === '2024-05'");
    await shows(page, "date-readout", /^2024-05 – 2024-06$/);
    let visible = await visibleNodes(page);
    expect(visible).not.toContain("event-summit");
    expect(visible).toContain("group-red");

    await page.getByTestId("time-events").uncheck();
    await waitUntil(page, "window.__newsgraph.store.get().filters.timeEvents === false");
    visible = await visibleNodes(page);
    expect(visible).toContain("event-summit");
    const edges = (await page.evaluate("[...window.__newsgraph.view.visibleEdges()]")) as string[];
    expect(edges).not.toContain("actor-anja-berg|PARTICIPATED_IN|event-summit");
    expect(edges).toContain("state-estovia|ATTACKED|group-red");

    await page.getByTestId("date-from").fill("0");
    await page.getByTestId("date-from").dispatchEvent("change");
    await waitUntil(page, "window.__newsgraph.store.get().filters.from === undefined");
    await page.getByTestId("time-play").click();
    await waitUntil(page, "window.__newsgraph.store.get().filters.to === '2024-04'", 5000);
    await waitUntil(
      page,
      "window.__newsgraph.store.get().filters.to === undefined || window.__newsgraph.store.get().filters.to === '2024-05'",
      5000,
    );
    await page.getByTestId("time-play").click();
    await shows(page, "time-play", /Play/);
  });

  it("exports PLOVER JSON Lines with each event's article title, outlet and date, and a PNG at 2x with legend and caption", async () => {
    await openExplorer(page, h.server.url);
    await settled(page);
    await page.getByTestId("export-format").selectOption("plover");
    const records = readFileSync(await download("export-run"), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    const backs = records.find((r) => r.id === "state-norland|BACKS|group-coastal");
    expect(backs).toMatchObject({ eventType: "AID", sourceName: "Norland", targetName: "Coastal Alliance" });
    expect([backs.articleTitle, backs.articleSource, backs.articleDate].join(" · ")).toMatch(
      /^(Talks resume in Geneva · Harbour Times · 2024-03-02|Harbour Summit draws thirty delegations · Coastal Wire · 2024-04-10)$/,
    );

    await page.getByTestId("export-format").selectOption("json");
    const json = readFileSync(await download("export-run"), "utf8");
    expect(json).toContain("evidenceTitle");
    expect(json).toContain("Northern Ledger");

    await page.getByTestId("export-png-scale").selectOption("2");
    const png = readFileSync(await download("export-png"));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    const stage = (await page.getByTestId("graph").boundingBox())!;
    // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBe(Math.round(stage.width) * 2 + 230 * 2);
    expect(png.readUInt32BE(20)).toBeGreaterThan(Math.round(stage.height) * 2);
  });
});
