import { readFileSync } from "node:fs";
import path from "node:path";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import type { Page } from "playwright-core";
import { resetDatabase } from "../support/database";
import { XSS_IMG, XSS_SCRIPT } from "./fixtures/extraction";
import {
  ARTIFACTS,
  graphOrder,
  hoverEdge,
  nodePosition,
  openExplorer,
  shows,
  visibleNodes,
  pagePerTest,
  waitUntil,
  type E2eHarness,
} from "./harness";

describe("the explorer in a real browser against the real server", () => {
  let h: E2eHarness;
  let page: Page;
  pagePerTest((harness, fresh) => {
    h = harness;
    page = fresh;
  });

  it("opens on the overview graph with a legend, and saves a screenshot of the main view", async () => {
    await openExplorer(page, h.server.url);
    expect(await graphOrder(page)).toBeGreaterThanOrEqual(7);
    expect(await visibleNodes(page)).toEqual(
      expect.arrayContaining(["state-norland", "state-estovia", "group-red", "actor-mara"]),
    );
    const legend = await page.getByTestId("legend").innerText();
    for (const label of ["Actor", "Group", "State", "Event", "Place", "cooperation", "conflict"])
      expect(legend).toContain(label);
    await expect(page.getByTestId("banner").isVisible()).resolves.toBe(false);
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer-main.png") });
  });

  it("searches with autocomplete, then centres on the result and dims all but its neighbourhood", async () => {
    await openExplorer(page, h.server.url);
    await page.getByTestId("search").fill("Norl");
    await page.getByTestId("search-results").getByText("Norland", { exact: true }).click();
    await shows(page, "entity-name", /^Norland$/);
    await waitUntil(page, "window.__newsgraph.store.get().highlight !== null");
    const highlight = (await page.evaluate("window.__newsgraph.store.get().highlight")) as {
      nodes: string[];
      reason: string;
    };
    expect(highlight.reason).toBe("search");
    expect(highlight.nodes.sort()).toEqual(["group-coastal", "group-red", "state-estovia", "state-norland"]);
    await waitUntil(page, "window.location.search.includes('node=state-norland')");
  });

  it("opens the side panel on click, with relations grouped by type, support counts and single-source marks", async () => {
    await openExplorer(page, h.server.url);
    const at = await nodePosition(page, "group-red");
    await page.mouse.move(at.x, at.y);
    await page.mouse.click(at.x, at.y);
    await shows(page, "entity-name", /^Red Brigade$/);
    await shows(page, "entity-label", /^Group$/);
    const relations = await page.getByTestId("relations").innerText();
    expect(relations).toMatch(/attacked \(1\)/i);
    expect(relations).toMatch(/threatened \(1\)/i);
    expect(relations).toContain("1 art. · 1 outlet");
    expect(await page.getByTestId("single-source").count()).toBe(2);
    expect(relations).toContain("Estovia attacked the Red Brigade near Port Vell.");
  });

  it("hovering a relation shows its exact type, its count and the first evidence sentence", async () => {
    await openExplorer(page, h.server.url);
    await hoverEdge(page, "state-norland|BACKS|group-coastal", "state-norland", "group-coastal");
    await shows(
      page,
      "edge-tooltip",
      /Norland backs Coastal Alliance[\s\S]*2 reports · Harbour Times, Coastal Wire · confidence 0\.90[\s\S]*Norland backs the Coastal Alliance, officials said\./,
    );
  });

  it("expands a node's neighbours and keeps the nodes already placed where they were", async () => {
    await openExplorer(page, `${h.server.url}/?article=art-xss`);
    expect(await visibleNodes(page)).toEqual(["actor-mara", "state-estovia"]);
    const before = (await page.evaluate("window.__newsgraph.graph.getNodeAttributes('actor-mara')")) as {
      x: number;
      y: number;
    };
    const at = await nodePosition(page, "state-estovia");
    await page.mouse.click(at.x, at.y);
    await page.getByTestId("expand").click();
    await waitUntil(
      page,
      "window.__newsgraph.graph.hasNode('state-norland') && !window.__newsgraph.store.get().layoutRunning",
    );
    expect(await visibleNodes(page)).toEqual(expect.arrayContaining(["state-norland", "group-red", "actor-mara"]));
    const after = (await page.evaluate("window.__newsgraph.graph.getNodeAttributes('actor-mara')")) as {
      x: number;
      y: number;
    };
    expect(after).toMatchObject({ x: before.x, y: before.y });
  });

  it("spreads a crowd of 800 overlapping nodes in a worker, and runs and stops ForceAtlas2 on them", async () => {
    await openExplorer(page, h.server.url);
    const width = () =>
      page.evaluate(`(() => {
        let min = Infinity, max = -Infinity;
        window.__newsgraph.graph.forEachNode((node, a) => { if (node.startsWith("crowd-")) { min = Math.min(min, a.x); max = Math.max(max, a.x); } });
        return max - min;
      })()`) as Promise<number>;
    await page.evaluate(`(() => {
      const graph = window.__newsgraph.graph;
      for (let i = 0; i < 800; i += 1) {
        graph.addNode("crowd-" + i, { label: "Crowd " + i, nodeLabel: "Actor", x: (i % 7) * 0.01, y: (i % 5) * 0.01, size: 6, properties: {}, centrality: 0 });
      }
    })()`);
    const crowded = await width();
    // Above 500 nodes noverlap runs in its worker: the click returns with the run going, the page free.
    const runningAfterClick = await page.evaluate(`(() => {
      document.querySelector('[data-testid="noverlap"]').click();
      return window.__newsgraph.store.get().layoutRunning;
    })()`);
    expect(runningAfterClick).toBe(true);
    await waitUntil(page, "!window.__newsgraph.store.get().layoutRunning", 60000);
    const spread = await width();
    expect(spread).toBeGreaterThan(crowded * 10);

    const firstCrowdX = () =>
      page.evaluate(`window.__newsgraph.graph.getNodeAttribute("crowd-0", "x")`) as Promise<number>;
    const before = await firstCrowdX();
    await page.getByTestId("layout-toggle").click();
    await waitUntil(page, "window.__newsgraph.store.get().layoutRunning");
    await waitUntil(page, `window.__newsgraph.graph.getNodeAttribute("crowd-0", "x") !== ${before}`, 20000);
    await page.getByTestId("layout-toggle").click();
    await waitUntil(page, "!window.__newsgraph.store.get().layoutRunning");
    const stoppedAt = await firstCrowdX();
    await page.waitForTimeout(500);
    expect(await firstCrowdX()).toBe(stoppedAt);
  });

  it("filters by label and minimum degree, and the link restores the filters", async () => {
    await openExplorer(page, h.server.url);
    await page.getByTestId("filter-label-State").uncheck();
    await waitUntil(page, "!window.__newsgraph.store.get().filters.labels.includes('State')");
    const visible = await visibleNodes(page);
    expect(visible).not.toContain("state-norland");
    expect(visible).toContain("group-red");
    await waitUntil(page, "window.location.search.includes('labels=')");

    const shared = page.url();
    const again = await h.browser.newPage({ viewport: { width: 1200, height: 800 } });
    await openExplorer(again, shared);
    await expect(again.getByTestId("filter-label-State").isChecked()).resolves.toBe(false);
    expect(await visibleNodes(again)).not.toContain("state-estovia");
    await again.close();

    await page.getByTestId("filter-label-State").check();
    await page.getByTestId("min-degree").fill("3");
    await page.getByTestId("min-degree").dispatchEvent("change");
    await waitUntil(page, "window.__newsgraph.store.get().filters.minDegree === 3");
    expect(await visibleNodes(page)).toEqual(["actor-mara", "event-summit", "state-estovia", "state-norland"]);

    // The time slider: end the range at its first month.
    await page.getByTestId("date-to").fill("0");
    await page.getByTestId("date-to").dispatchEvent("change");
    await waitUntil(page, "window.__newsgraph.store.get().filters.to !== undefined");
    await shows(page, "date-readout", /^2024-03 – 2024-03$/);
    await waitUntil(page, "window.location.search.includes('to=2024-03')");
  });

  it("runs a Cypher query with Ctrl+Enter, shows the table and draws the result; refusals are shown plainly", async () => {
    await openExplorer(page, h.server.url);
    await page.getByTestId("open-cypher").click();
    const editor = page.getByTestId("cypher-editor");
    await editor.click();
    await page.keyboard.press("Control+a");
    await page.keyboard.type("MATCH (a:State)-[r:SANCTIONED]->(b) RETURN a, r, b");
    await page.keyboard.press("Control+Enter");
    await shows(page, "cypher-status", /1 row/);
    const table = await page.getByTestId("cypher-results").innerText();
    expect(table).toContain("Norland");
    await expect(page.getByTestId("cell-relation").innerText()).resolves.toMatch(/^sanctioned/);
    const highlight = (await page.evaluate("window.__newsgraph.store.get().highlight.edges")) as string[];
    expect(highlight).toEqual(["state-norland|SANCTIONED|state-estovia"]);
    await waitUntil(page, "window.location.search.includes('q=MATCH')");

    await editor.click();
    await page.keyboard.press("Control+a");
    await page.keyboard.type("MATCH (n) DETACH DELETE n");
    await page.getByTestId("cypher-run").click();
    await waitUntil(page, "window.__newsgraph.store.get().cypher.error !== null");
    await shows(page, "cypher-status", /only reading queries/);
  });

  it("exports the visible graph as a file that parses, and the view as a PNG", async () => {
    await openExplorer(page, h.server.url);
    await page.getByTestId("export-format").selectOption("gexf");
    const [gexf] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-run").click()]);
    const graph = parseGexf(MultiDirectedGraph, readFileSync((await gexf.path())!, "utf8"));
    expect(graph.order).toBeGreaterThanOrEqual(7);
    expect(graph.size).toBeGreaterThanOrEqual(8);

    await page.getByTestId("export-format").selectOption("json");
    const [json] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-run").click()]);
    expect(readFileSync((await json.path())!, "utf8")).toContain("state-norland");

    const [png] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
    expect(
      readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString(),
    ).toBe("PNG");
  });

  it("finds how two entities are connected and highlights the shortest paths", async () => {
    await openExplorer(page, h.server.url);
    await page.getByTestId("path-from").fill("Coastal");
    await page.getByTestId("path-from-results").getByText("Coastal Alliance", { exact: true }).click();
    await page.getByTestId("path-to").fill("Red Bri");
    await page.getByTestId("path-to-results").getByText("Red Brigade", { exact: true }).click();
    await page.getByTestId("path-run").click();
    await shows(page, "path-status", /highlighted/);
    const highlight = (await page.evaluate("window.__newsgraph.store.get().highlight")) as {
      nodes: string[];
      reason: string;
    };
    expect(highlight.reason).toBe("paths");
    expect(highlight.nodes).toEqual(expect.arrayContaining(["group-coastal", "state-norland", "group-red"]));
  });

  it("selects nodes with a box drag and exports the selection", async () => {
    await openExplorer(page, h.server.url);
    await page.getByTestId("select-box").click();
    const stage = (await page.getByTestId("graph").boundingBox())!;
    await page.mouse.move(stage.x + 5, stage.y + 100);
    await page.mouse.down();
    await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2, { steps: 5 });
    await page.mouse.move(stage.x + stage.width - 5, stage.y + stage.height - 5, { steps: 5 });
    await page.mouse.up();
    const selected = (await page.evaluate("window.__newsgraph.store.get().selection")) as string[];
    expect(selected.length).toBeGreaterThan(0);
    await shows(page, "selection-count", new RegExp(`${selected.length} selected`));

    await page.getByTestId("export-scope").selectOption("selection");
    await page.getByTestId("export-format").selectOption("json");
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-run").click()]);
    const text = readFileSync((await file.path())!, "utf8");
    for (const id of selected) expect(text).toContain(id);
  });

  it("selects nodes inside a lasso", async () => {
    await openExplorer(page, h.server.url);
    await page.getByTestId("select-lasso").click();
    const stage = (await page.getByTestId("graph").boundingBox())!;
    const cx = stage.x + stage.width / 2;
    const cy = stage.y + stage.height / 2;
    const around = (angle: number) =>
      [cx + Math.cos(angle) * stage.width * 0.49, cy + Math.sin(angle) * stage.height * 0.49] as const;
    await page.mouse.move(...around(0));
    await page.mouse.down();
    for (let step = 1; step <= 24; step++) await page.mouse.move(...around((step / 24) * 2 * Math.PI));
    await page.mouse.up();
    const selected = (await page.evaluate("window.__newsgraph.store.get().selection")) as string[];
    expect(selected.length).toBeGreaterThan(0);
    expect(selected.every((id) => typeof id === "string")).toBe(true);
  });

  it("shows article text and evidence containing markup as inert text", async () => {
    await openExplorer(page, `${h.server.url}/?node=actor-mara`);
    const evidence = page.getByTestId("evidence").filter({ hasText: "accused" });
    await evidence.waitFor();
    await expect(evidence.innerText()).resolves.toContain(XSS_SCRIPT);
    await evidence.getByRole("link").click();
    await shows(page, "article-title", /^Markup in the wild <b>bold<\/b>$/);
    const text = await page.getByTestId("article-text").innerText();
    expect(text).toContain(XSS_SCRIPT);
    expect(text).toContain(XSS_IMG);
    expect(
      await page
        .locator("[data-testid=article-view] img, [data-testid=article-view] script, [data-testid=article-view] b")
        .count(),
    ).toBe(0);
    expect(await page.locator("[data-testid=article-text] mark").count()).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate("window.__xss ?? null")).toBeNull();
  });

  it("says plainly when the server cannot be reached", async () => {
    await page.route("**/api/**", (route) => route.abort("connectionrefused"));
    await page.goto(h.server.url);
    await page.getByTestId("banner").waitFor({ state: "visible" });
    await shows(page, "banner", /server is unreachable/);
  });

  it("explains how to ingest when there are no articles yet", async () => {
    await resetDatabase(h.driver, h.config.NEO4J_DATABASE);
    await page.goto(h.server.url);
    await page.getByTestId("empty-state").waitFor({ state: "visible" });
    await shows(page, "empty-state", /No articles yet[\s\S]*npm run ingest/);
  });
});
