import type { Page } from "playwright-core";
import { DELEGATES, SUMMIT_BACKS_SENTENCE } from "./fixtures/extraction";
import {
  hoverEdge,
  labelBoxes,
  nodePosition,
  openExplorer,
  overlapping,
  settled,
  shows,
  stagePositions,
  pagePerTest,
  waitUntil,
  type E2eHarness,
} from "./harness";

/**
 * Issue 17, the analyst's daily steps: expansion, labels, evidence, reproducible links, narrow screens and
 * Escape. Every test checks what the page shows: DOM, drawn label boxes, node positions on the stage, camera.
 */
describe("the explorer for daily analyst work", () => {
  let h: E2eHarness;
  let page: Page;
  pagePerTest((harness, fresh) => {
    h = harness;
    page = fresh;
  });

  async function search(target: Page, text: string, choice: string): Promise<void> {
    await target.getByTestId("search").fill(text);
    await target.getByTestId("search-results").getByText(choice, { exact: true }).click();
    await shows(target, "entity-name", new RegExp(`^${choice}$`));
    await settled(target);
  }

  /** Every node given lies inside the stage, with its label drawn (dimmed nodes have none). */
  async function expectFramedAndLabelled(target: Page, ids: string[]): Promise<void> {
    const { width, height, at } = await stagePositions(target, ids);
    for (const id of ids) {
      expect(at[id]).not.toBeNull();
      expect(at[id]!.x).toBeGreaterThan(0);
      expect(at[id]!.x).toBeLessThan(width);
      expect(at[id]!.y).toBeGreaterThan(0);
      expect(at[id]!.y).toBeLessThan(height);
    }
    const drawn = new Set((await labelBoxes(target)).map((l) => l.key));
    return void expect(ids.filter((id) => !drawn.has(id))).toEqual([]);
  }

  it("expands after a search: the new nodes are drawn lit and labelled, and the camera frames them", async () => {
    await openExplorer(page, `${h.server.url}/?article=art-xss`);
    await search(page, "Estov", "Estovia");
    // Zoomed in on one corner, so framing has to move the camera.
    await page.getByTestId("zoom-in").click();
    await page.getByTestId("zoom-in").click();
    await settled(page);
    await page.getByTestId("expand").click();
    await waitUntil(
      page,
      "window.__newsgraph.graph.hasNode('state-norland') && window.__newsgraph.store.get().highlight?.reason === 'expand'",
    );
    await settled(page);
    const lit = (await page.evaluate("window.__newsgraph.store.get().highlight.nodes")) as string[];
    expect(lit).toEqual(expect.arrayContaining(["state-estovia", "state-norland", "group-red", "actor-mara"]));
    await expectFramedAndLabelled(page, ["state-estovia", "state-norland", "group-red", "actor-mara"]);
  });

  it("pages a hub's neighbours, says what it ranks by, and stops offering more once all are shown", async () => {
    await openExplorer(page, `${h.server.url}/?article=art-xss`);
    await search(page, "Harbour Su", "Harbour Summit");
    await shows(page, "neighbour-status", /^5 of 30 neighbours not on the graph$/);
    await shows(page, "expand-more", /^More: next 5 of 5 by most evidence$/);
    await page.getByTestId("expand-more").click();
    await shows(page, "neighbour-status", /^All 30 neighbours on the graph$/);
    await settled(page);
    await expect(page.getByTestId("expand-more").count()).resolves.toBe(0);
    const { width, height, at } = await stagePositions(
      page,
      DELEGATES.map((name) => `actor-${name.toLowerCase().replace(/\s+/g, "-")}`),
    );
    for (const p of Object.values(at)) expect(p && p.x > 0 && p.x < width && p.y > 0 && p.y < height).toBe(true);

    // On the full view every neighbour is there already: nothing more is offered.
    await openExplorer(page, `${h.server.url}/?node=event-summit`);
    await shows(page, "neighbour-status", /^All 30 neighbours on the graph$/);
    await expect(page.getByTestId("expand-more").count()).resolves.toBe(0);
  });

  it("never lets labels overlap, at rest, on a hovered hub and on a focused hub; edges say their type on the focus and when zoomed in", async () => {
    await openExplorer(page, h.server.url);
    await settled(page);
    const atRest = await labelBoxes(page);
    expect(overlapping(atRest)).toEqual([]);
    expect(atRest.length).toBeGreaterThanOrEqual(12);
    await expect(page.evaluate("window.__newsgraph.view.edgeLabels()")).resolves.toEqual([]);

    const hub = await nodePosition(page, "event-summit");
    await page.mouse.move(hub.x, hub.y);
    await waitUntil(page, "window.__newsgraph.store.get().hoveredNode === 'event-summit'");
    await page.waitForTimeout(300);
    expect(overlapping(await labelBoxes(page))).toEqual([]);

    await page.mouse.click(hub.x, hub.y);
    await shows(page, "entity-name", /^Harbour Summit$/);
    await page.mouse.move(5, 5);
    await waitUntil(page, "window.__newsgraph.store.get().hoveredNode === null");
    await page.waitForTimeout(300);
    const focused = await labelBoxes(page);
    expect(overlapping(focused)).toEqual([]);
    expect(focused.map((l) => l.key)).toContain("event-summit");
    // Only the hub's neighbourhood keeps its labels; the rest is dimmed.
    const around = new Set((await page.evaluate("window.__newsgraph.store.get().highlight.nodes")) as string[]);
    expect(focused.every((l) => around.has(l.key))).toBe(true);
    expect(focused.length).toBeGreaterThanOrEqual(6);

    // Found by search, the hub's neighbourhood is framed: its spokes now have room to say their type.
    await search(page, "Harbour Su", "Harbour Summit");
    await page.mouse.move(5, 5);
    await page.waitForTimeout(300);
    const framed = await labelBoxes(page);
    expect(overlapping(framed)).toEqual([]);
    expect(framed.length).toBeGreaterThan(focused.length);
    const spokes = (await page.evaluate("window.__newsgraph.view.edgeLabels()")) as string[];
    expect(spokes.length).toBeGreaterThan(0);
    expect(spokes.every((id) => id.endsWith("|PARTICIPATED_IN|event-summit"))).toBe(true);

    // Zoomed in with nothing focused, every edge between labelled nodes may carry its type.
    await page.keyboard.press("Escape");
    for (let i = 0; i < 4; i++) await page.getByTestId("zoom-in").click();
    await settled(page);
    await waitUntil(
      page,
      "window.__newsgraph.store.get().camera.ratio < 0.35 && window.__newsgraph.view.edgeLabels().length > 0",
    );
  });

  it("clicking an edge opens its panel with every sentence; a sentence opens the article scrolled to it, highlighted", async () => {
    await openExplorer(page, h.server.url);
    const point = await hoverEdge(page, "state-norland|BACKS|group-coastal", "state-norland", "group-coastal");
    await page.mouse.click(point.x, point.y);
    await shows(page, "edge-title", /^Norland backs Coastal Alliance$/);
    await shows(page, "edge-direction", /Norland\s*backs →\s*Coastal Alliance/);
    await shows(page, "edge-confidence", /^confidence 0\.90$/);
    await shows(page, "edge-outlets", /^Outlets: Coastal Wire, Harbour Times$/);
    await expect(page.getByTestId("edge-single-source").count()).resolves.toBe(0);
    const sources = await page.getByTestId("edge-evidence-source").allInnerTexts();
    expect(sources).toEqual([
      "Harbour Summit draws thirty delegations · Coastal Wire · 2024-04-10",
      "Talks resume in Geneva · Harbour Times · 2024-03-02",
    ]);

    await page.getByTestId("edge-evidence-source").first().click();
    await shows(page, "evidence-focus", new RegExp(`^${SUMMIT_BACKS_SENTENCE}$`));
    await page.waitForTimeout(200);
    const view = (await page.evaluate(`(() => {
      const dialog = document.querySelector('[data-testid=article-view]');
      const mark = dialog.querySelector('[data-testid=evidence-focus]').getBoundingClientRect();
      const box = dialog.getBoundingClientRect();
      return { scrolled: dialog.scrollTop, inside: mark.top >= box.top && mark.bottom <= box.bottom, background: getComputedStyle(dialog.querySelector('[data-testid=evidence-focus]')).backgroundColor };
    })()`)) as { scrolled: number; inside: boolean; background: string };
    expect(view.scrolled).toBeGreaterThan(100);
    expect(view.inside).toBe(true);
    expect(view.background).not.toBe("rgba(0, 0, 0, 0)");

    // A mention in the article opens its entity.
    await page.getByTestId("evidence-focus").getByTestId("mention").filter({ hasText: "Coastal Alliance" }).click();
    await expect(page.getByTestId("article-view").isVisible()).resolves.toBe(false);
    await shows(page, "entity-name", /^Coastal Alliance$/);
  });

  it("marks a relation reported by one outlet, and opens every sentence from the entity panel", async () => {
    await openExplorer(page, `${h.server.url}/?node=group-red`);
    await shows(page, "entity-name", /^Red Brigade$/);
    await expect(page.getByTestId("confidence").first().innerText()).resolves.toBe("confidence 0.90");
    await page.getByTestId("relations").getByRole("button", { name: "details" }).first().click();
    await shows(page, "edge-title", /Red Brigade|Estovia/);
    await expect(page.getByTestId("edge-single-source").isVisible()).resolves.toBe(true);
    await expect(page.getByTestId("entity-panel").isVisible()).resolves.toBe(false);
  });

  it("keeps the panel in step with an outlet filter and moves the selection ring along a followed link", async () => {
    await openExplorer(page, `${h.server.url}/?source=${encodeURIComponent("Northern Ledger")}&node=state-norland`);
    await shows(page, "entity-name", /^Norland$/);
    await shows(page, "panel-filter-note", /relations? and \d+ articles? hidden by the filters/);
    await expect(page.getByTestId("entity-articles").innerText()).resolves.toBe(
      "Strike near the border\nNorthern Ledger · 2024-05-14",
    );
    const relations = await page.getByTestId("relations").innerText();
    expect(relations).toMatch(/sanctioned/);
    expect(relations).not.toMatch(/backs/);
    await page.getByTestId("panel-filter-note").getByRole("button", { name: "Show all" }).click();
    await expect(page.getByTestId("relations").innerText()).resolves.toMatch(/backs/);

    await page.getByTestId("relations").getByRole("link", { name: "Estovia" }).first().click();
    await shows(page, "entity-name", /^Estovia$/);
    await expect(page.evaluate("window.__newsgraph.store.get().selection")).resolves.toEqual(["state-estovia"]);
  });

  it("lays the same data out the same way on every load", async () => {
    await openExplorer(page, h.server.url);
    await settled(page);
    const first = (await page.evaluate("Object.fromEntries(window.__newsgraph.view.viewportPositions())")) as Record<
      string,
      { x: number; y: number }
    >;
    const again = await h.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openExplorer(again, h.server.url);
    await settled(again);
    const second = (await again.evaluate("Object.fromEntries(window.__newsgraph.view.viewportPositions())")) as Record<
      string,
      { x: number; y: number }
    >;
    await again.close();
    expect(Object.keys(second).sort()).toEqual(Object.keys(first).sort());
    for (const id of Object.keys(first)) {
      expect(Math.abs(second[id].x - first[id].x)).toBeLessThan(0.5);
      expect(Math.abs(second[id].y - first[id].y)).toBeLessThan(0.5);
    }
  });

  it("a copied link restores positions, camera, filters, sizing, hidden nodes, expansions, selection and path", async () => {
    await openExplorer(page, `${h.server.url}/?article=art-xss`);
    await search(page, "Estov", "Estovia");
    await page.getByTestId("expand").click();
    await waitUntil(page, "window.__newsgraph.store.get().highlight?.reason === 'expand'");
    await settled(page);
    // Drag a node somewhere else (which pins it), hide one, size by PageRank, find a path, zoom and pan.
    const red = await nodePosition(page, "group-red");
    await page.mouse.move(red.x, red.y);
    await page.mouse.down();
    await page.mouse.move(red.x + 60, red.y + 40, { steps: 6 });
    await page.mouse.up();
    await waitUntil(page, "window.__newsgraph.store.get().pinned.includes('group-red')");
    await page.getByTestId("size-pagerank").check();
    await page.getByTestId("path-from").fill("Mara");
    await page.getByTestId("path-from-results").getByText("Mara Lind", { exact: true }).click();
    await page.getByTestId("path-to").fill("Red Bri");
    await page.getByTestId("path-to-results").getByText("Red Brigade", { exact: true }).click();
    await page.getByTestId("path-run").click();
    await shows(page, "path-status", /highlighted/);
    await settled(page);
    await search(page, "Norl", "Norland");
    await page.getByTestId("entity-panel").getByRole("button", { name: "Hide" }).click();
    await search(page, "Estov", "Estovia");
    await page.getByTestId("zoom-in").click();
    await settled(page);
    const stage = (await page.getByTestId("graph").boundingBox())!;
    await page.mouse.move(stage.x + 40, stage.y + stage.height - 40);
    await page.mouse.down();
    await page.mouse.move(stage.x + 120, stage.y + stage.height - 70, { steps: 5 });
    await page.mouse.up();
    await settled(page);
    await page.waitForTimeout(600);

    await page.getByTestId("share").click();
    const link = await page.getByTestId("share-link").inputValue();
    expect(link).toBe(page.url());
    expect(link).toContain("#pos=");
    const before = (await page.evaluate("Object.fromEntries(window.__newsgraph.view.viewportPositions())")) as Record<
      string,
      { x: number; y: number }
    >;
    const cameraBefore = (await page.evaluate("window.__newsgraph.store.get().camera")) as {
      x: number;
      y: number;
      ratio: number;
    };
    const stateBefore = (await page.evaluate(
      "(({ hidden, selection, pinned, sizeMetric, expansionLog, filters }) => ({ hidden, selection, pinned, sizeMetric, expansionLog, filters }))(window.__newsgraph.store.get())",
    )) as unknown;

    const again = await h.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await again.goto(link);
    await waitUntil(
      again,
      "Boolean(window.__newsgraph && window.__newsgraph.store.get().graphVersion > 0 && !window.__newsgraph.store.get().restoring)",
      30000,
    );
    await settled(again);
    const after = (await again.evaluate("Object.fromEntries(window.__newsgraph.view.viewportPositions())")) as Record<
      string,
      { x: number; y: number }
    >;
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(Object.keys(after)).not.toContain("state-norland");
    for (const id of Object.keys(before)) {
      expect(Math.abs(after[id].x - before[id].x)).toBeLessThan(1.5);
      expect(Math.abs(after[id].y - before[id].y)).toBeLessThan(1.5);
    }
    const cameraAfter = (await again.evaluate("window.__newsgraph.view && window.__newsgraph.store.get().camera")) as {
      x: number;
      y: number;
      ratio: number;
    };
    expect(cameraAfter.ratio).toBeCloseTo(cameraBefore.ratio, 3);
    expect(cameraAfter.x).toBeCloseTo(cameraBefore.x, 3);
    expect(cameraAfter.y).toBeCloseTo(cameraBefore.y, 3);
    expect(
      await again.evaluate(
        "(({ hidden, selection, pinned, sizeMetric, expansionLog, filters }) => ({ hidden, selection, pinned, sizeMetric, expansionLog, filters }))(window.__newsgraph.store.get())",
      ),
    ).toEqual(stateBefore);
    await expect(again.getByTestId("size-pagerank").isChecked()).resolves.toBe(true);
    await shows(again, "entity-name", /^Estovia$/);
    await shows(again, "path-status", /highlighted/);
    await again.close();
  });

  it("saves named views in the browser and opens them again", async () => {
    await openExplorer(page, `${h.server.url}/?node=state-estovia`);
    await shows(page, "entity-name", /^Estovia$/);
    await settled(page);
    await page.getByTestId("share").click();
    await page.getByTestId("view-name").fill("Estovia close-up");
    await page.getByTestId("save-view").click();
    await shows(page, "saved-views", /Estovia close-up/);

    await openExplorer(page, h.server.url);
    await page.getByTestId("share").click();
    await page.getByTestId("saved-views").getByRole("link", { name: "Estovia close-up" }).click();
    await waitUntil(page, "window.location.search.includes('node=state-estovia')");
    await shows(page, "entity-name", /^Estovia$/);
  });

  it("at 800 px the graph keeps at least half the width beside an open panel, and the controls become a drawer", async () => {
    await page.setViewportSize({ width: 800, height: 700 });
    await openExplorer(page, `${h.server.url}/?node=state-norland`);
    await shows(page, "entity-name", /^Norland$/);
    const graph = (await page.getByTestId("graph").boundingBox())!;
    const panel = (await page.getByTestId("entity-panel").boundingBox())!;
    expect(graph.width).toBeGreaterThanOrEqual(400);
    expect(panel.x).toBeGreaterThanOrEqual(graph.x + graph.width - 1);
    await expect(page.getByTestId("sidebar").isVisible()).resolves.toBe(false);
    await page.getByTestId("toggle-sidebar").click();
    await expect(page.getByTestId("sidebar").isVisible()).resolves.toBe(true);
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("sidebar").isVisible()).resolves.toBe(false);
    // The panel folds to its title bar.
    await page.getByTestId("entity-panel").getByRole("button", { name: "▾" }).click();
    await page.waitForTimeout(200);
    await expect(page.getByTestId("relations").count()).resolves.toBe(0);
    await page.getByTestId("entity-panel").getByRole("button", { name: "▴" }).click();
    await page.getByTestId("relations").waitFor();

    // A phone: the search box stays, and the panel is a sheet over the bottom of the graph.
    await page.setViewportSize({ width: 420, height: 800 });
    await page.waitForTimeout(200);
    const searchBox = (await page.getByTestId("search").boundingBox())!;
    expect(searchBox.width).toBeGreaterThan(300);
    expect(searchBox.x).toBeGreaterThanOrEqual(0);
    const sheet = (await page.getByTestId("entity-panel").boundingBox())!;
    expect(sheet.width).toBeGreaterThan(400);
    expect(sheet.y).toBeGreaterThan(300);
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(801);
  });

  it("Escape closes what is on top, one thing at a time", async () => {
    await openExplorer(page, `${h.server.url}/?node=state-norland`);
    await shows(page, "entity-name", /^Norland$/);
    await page.getByTestId("evidence").first().getByRole("link").click();
    await page.getByTestId("article-title").waitFor();
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("article-view").isVisible()).resolves.toBe(false);
    await expect(page.getByTestId("entity-panel").isVisible()).resolves.toBe(true);

    await page.getByTestId("relations").getByRole("button", { name: "details" }).first().click();
    await page.getByTestId("edge-panel").waitFor();
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("edge-panel").isVisible()).resolves.toBe(false);
    await expect(page.getByTestId("entity-panel").isVisible()).resolves.toBe(true);
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("entity-panel").isVisible()).resolves.toBe(false);

    await page.getByTestId("open-cypher").click();
    await expect(page.getByTestId("cypher-console").isVisible()).resolves.toBe(true);
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("cypher-console").isVisible()).resolves.toBe(false);
  });

  it("keyboard: / searches, the panel's Expand is a few Tabs away, arrows walk to neighbours, sliders keep focus", async () => {
    await openExplorer(page, h.server.url);
    await page.keyboard.press("/");
    await expect(page.evaluate("document.activeElement.dataset.testid")).resolves.toBe("search");
    await page.keyboard.type("Norl");
    await page.getByTestId("search-results").getByText("Norland", { exact: true }).waitFor();
    await page.keyboard.press("Enter");
    await shows(page, "entity-name", /^Norland$/);
    let tabs = 0;
    while ((await page.evaluate("document.activeElement.dataset.testid ?? ''")) !== "expand" && tabs < 20) {
      await page.keyboard.press("Tab");
      tabs += 1;
    }
    expect(tabs).toBeLessThanOrEqual(8);

    await page.getByTestId("graph").focus();
    const neighbours = ["state-estovia", "group-coastal", "group-red"];
    let moved: string | null = null;
    for (const key of ["ArrowRight", "ArrowLeft", "ArrowDown", "ArrowUp"]) {
      await page.keyboard.press(key);
      await page.waitForTimeout(150);
      const focus = (await page.evaluate("window.__newsgraph.store.get().focus")) as string;
      if (focus !== "state-norland") {
        moved = focus;
        break;
      }
    }
    expect(neighbours).toContain(moved);
    await shows(page, "entity-name", /^(Estovia|Coastal Alliance|Red Brigade)$/);

    await page.getByTestId("min-degree").focus();
    await page.keyboard.press("ArrowRight");
    await waitUntil(page, "window.__newsgraph.store.get().filters.minDegree === 1");
    await expect(page.evaluate("document.activeElement.dataset.testid")).resolves.toBe("min-degree");

    await page.getByTestId("graph").focus();
    await page.keyboard.press("c");
    await expect(page.getByTestId("cypher-console").isVisible()).resolves.toBe(true);
  });
});
