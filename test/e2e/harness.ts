import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { Browser, Page } from "playwright-core";
import type { Config } from "../../config";
import { writeExtraction } from "../../ingest/load";
import { startServer, type RunningServer } from "../../server/main";
import { resetDatabase, testConfig, testDriver } from "../support/database";
import { launchChromium } from "./browser";
import { buildExtraction } from "./fixtures/extraction";

export const ROOT = path.resolve(__dirname, "../..");
export const ARTIFACTS = path.join(ROOT, "test-artifacts");

export interface E2eHarness {
  config: Config;
  driver: Driver;
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

/** The newest modification time under these paths (files or folders), in ms. */
function newest(paths: string[]): number {
  let latest = 0;
  const visit = (file: string) => {
    const stat = statSync(file);
    if (stat.isDirectory()) for (const entry of readdirSync(file)) visit(path.join(file, entry));
    else latest = Math.max(latest, stat.mtimeMs);
  };
  for (const p of paths) if (existsSync(p)) visit(p);
  return latest;
}

/** Builds the explorer unless client/dist is newer than every source it is built from (several suites share a build). */
export function buildClient(): void {
  const built = path.join(ROOT, "client/dist/index.html");
  const sources = ["client/src", "client/index.html", "client/vite.config.ts", "domain"].map((p) => path.join(ROOT, p));
  if (existsSync(built) && statSync(built).mtimeMs > newest(sources)) return;
  execFileSync("npx", ["vite", "build", "client", "--logLevel", "error"], { cwd: ROOT, stdio: "inherit" });
}

/** Builds the client the server will serve, loads the fixture world into the test Neo4j and starts the real server. */
export async function startE2e(): Promise<E2eHarness> {
  buildClient();
  mkdirSync(ARTIFACTS, { recursive: true });
  const config = testConfig({
    PORT: String(await freePort()),
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    RATE_LIMIT_PER_MINUTE: "100000",
  });
  const driver = testDriver(config);
  await resetDatabase(driver, config.NEO4J_DATABASE);
  await writeExtraction(driver, config.NEO4J_DATABASE, buildExtraction(), { force: true });
  const server = await startServer(config);
  const browser = await launchChromium();
  return {
    config,
    driver,
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      await driver.close();
    },
  };
}

/**
 * One server and browser per suite, one fresh page per test, and a page error fails the test it
 * happened in. The suite's own variables receive the harness and each test's page.
 */
export function pagePerTest(onPage: (harness: E2eHarness, page: Page) => void): void {
  let harness: E2eHarness | undefined;
  let page: Page | undefined;
  const errors: string[] = [];
  beforeAll(async () => {
    harness = await startE2e();
  }, 180000);
  afterAll(() => harness?.close());
  beforeEach(async () => {
    page = await harness!.browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    page.on("pageerror", (error) => errors.push(error.message));
    onPage(harness!, page);
  });
  afterEach(async () => {
    await page?.close();
    expect(errors.splice(0)).toEqual([]);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The explorer's read-only test handle (window.__newsgraph), evaluated in the page. */
export async function visibleNodes(page: Page): Promise<string[]> {
  return page.evaluate("[...window.__newsgraph.view.viewportPositions().keys()].sort()") as Promise<string[]>;
}

export async function graphOrder(page: Page): Promise<number> {
  return page.evaluate(
    "window.__newsgraph.store.get().graphVersion > 0 ? window.__newsgraph.graph.order : 0",
  ) as Promise<number>;
}

export async function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const inStage = (await page.evaluate(
    `window.__newsgraph.view.viewportPositions().get(${JSON.stringify(id)}) ?? null`,
  )) as { x: number; y: number } | null;
  if (!inStage) throw new Error(`nodePosition: ${id} is not visible`);
  const box = await page.getByTestId("graph").boundingBox();
  return { x: box!.x + inStage.x, y: box!.y + inStage.y };
}

/**
 * Polls an expression until it is truthy. Playwright's waitForFunction evaluates its predicate with eval,
 * which the server's Content-Security-Policy (rightly) forbids; page.evaluate goes through the debugger.
 */
export async function waitUntil(page: Page, expression: string, timeoutMs = 15000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`waitUntil: still false after ${timeoutMs} ms: ${expression}`);
    await page.waitForTimeout(100);
  }
}

/** Waits until the element with this test id shows text matching the pattern (panels fill in asynchronously). */
export async function shows(page: Page, testId: string, pattern: RegExp): Promise<void> {
  await page.getByTestId(testId).filter({ hasText: pattern }).first().waitFor({ timeout: 10000 });
}

/** Opens the explorer and waits for the overview to be drawn and the first layout run to end. */
export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitUntil(
    page,
    "Boolean(window.__newsgraph && window.__newsgraph.store.get().graphVersion > 0 && !window.__newsgraph.store.get().layoutRunning)",
    20000,
  );
}

/** The node labels the explorer drew in its last frame, with their boxes in stage pixels. */
export interface LabelBox {
  key: string;
  label: string;
  box: { x: number; y: number; width: number; height: number };
}

export async function labelBoxes(page: Page): Promise<LabelBox[]> {
  return page.evaluate("window.__newsgraph.view.labelBoxes()") as Promise<LabelBox[]>;
}

export function overlapping(boxes: LabelBox[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].box;
      const b = boxes[j].box;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        pairs.push([boxes[i].key, boxes[j].key]);
    }
  }
  return pairs;
}

/** Waits until no layout runs and the camera has stopped (animations end in half a second). */
export async function settled(page: Page): Promise<void> {
  await waitUntil(
    page,
    "!window.__newsgraph.store.get().layoutRunning && !window.__newsgraph.view.isMoving() && !window.__newsgraph.store.get().busy",
  );
  await page.waitForTimeout(150);
  await waitUntil(page, "!window.__newsgraph.store.get().layoutRunning && !window.__newsgraph.view.isMoving()");
}

/** Stage pixel positions of these nodes, and the stage's size. */
export async function stagePositions(
  page: Page,
  ids: string[],
): Promise<{ width: number; height: number; at: Record<string, { x: number; y: number } | null> }> {
  const box = (await page.getByTestId("graph").boundingBox())!;
  const all = (await page.evaluate("Object.fromEntries(window.__newsgraph.view.viewportPositions())")) as Record<
    string,
    { x: number; y: number }
  >;
  return { width: box.width, height: box.height, at: Object.fromEntries(ids.map((id) => [id, all[id] ?? null])) };
}

/**
 * Moves the pointer along and across the drawn line between two nodes until the explorer reports the edge
 * hovered (edges are a couple of pixels wide and another node may sit on the line); returns that point.
 */
export async function hoverEdge(
  page: Page,
  edgeId: string,
  sourceId: string,
  targetId: string,
): Promise<{ x: number; y: number }> {
  const from = await nodePosition(page, sourceId);
  const to = await nodePosition(page, targetId);
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  const normal = { x: -(to.y - from.y) / length, y: (to.x - from.x) / length };
  for (const t of [0.45, 0.35, 0.55, 0.25, 0.65]) {
    for (const offset of [0, 1, -1, 2, -2, 3, -3]) {
      const x = from.x + (to.x - from.x) * t + normal.x * offset;
      const y = from.y + (to.y - from.y) * t + normal.y * offset;
      await page.mouse.move(x, y, { steps: 2 });
      await page.waitForTimeout(50);
      if ((await page.evaluate("window.__newsgraph.store.get().hoveredEdge?.id ?? null")) === edgeId) return { x, y };
    }
  }
  throw new Error(`hoverEdge: could not point at ${edgeId}`);
}
