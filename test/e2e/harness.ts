import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
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

/** Builds the client the server will serve, loads the fixture world into the test Neo4j and starts the real server. */
export async function startE2e(): Promise<E2eHarness> {
  execFileSync("npx", ["vite", "build", "client", "--logLevel", "error"], { cwd: ROOT, stdio: "inherit" });
  mkdirSync(ARTIFACTS, { recursive: true });
  const config = testConfig({ PORT: String(await freePort()), HOST: "127.0.0.1", LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "100000" });
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
  return page.evaluate("window.__newsgraph.store.get().graphVersion > 0 ? window.__newsgraph.graph.order : 0") as Promise<number>;
}

export async function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const inStage = (await page.evaluate(`window.__newsgraph.view.viewportPositions().get(${JSON.stringify(id)}) ?? null`)) as { x: number; y: number } | null;
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
  await waitUntil(page, "Boolean(window.__newsgraph && window.__newsgraph.store.get().graphVersion > 0 && !window.__newsgraph.store.get().layoutRunning)", 20000);
}
