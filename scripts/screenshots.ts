import "dotenv/config";
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Page } from "playwright-core";
import { loadConfig, neo4jUri } from "../config";
import { relationKey } from "../domain";
import { createDriver, ensureSchema } from "../storage";
import {
  localOptionsFromConfig,
  startLocalNeo4j,
  stopLocalNeo4j,
  wipeLocalNeo4j,
} from "../tools/local-neo4j/local-neo4j";
import { startServer } from "../server/main";

/**
 * `npm run screenshots`: the explorer's main views on the bundled samples, as a new user sees them, written
 * to docs/screenshots/ (shown in the README). It starts a Neo4j of its own in .data/neo4j-screenshots (on
 * LOCAL_NEO4J_BOLT_PORT / LOCAL_NEO4J_HTTP_PORT), ingests samples/articles with `npm run ingest` as a user
 * would, builds the explorer, serves it on PORT and drives /usr/bin/chromium; everything it started stops.
 */
const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "docs/screenshots");
const DATA_DIR = path.join(ROOT, ".data/neo4j-screenshots");

function say(line: string): void {
  process.stderr.write(`screenshots: ${line}\n`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})`);
}

/** Waits until the overview is drawn, its layout has ended and the camera is still. */
async function ready(page: Page): Promise<void> {
  const deadline = Date.now() + 60000;
  const still =
    "Boolean(window.__newsgraph && window.__newsgraph.store.get().graphVersion > 0 && !window.__newsgraph.store.get().restoring && !window.__newsgraph.store.get().layoutRunning && !window.__newsgraph.store.get().busy && !window.__newsgraph.view.isMoving())";
  while (!(await page.evaluate(still))) {
    if (Date.now() > deadline) throw new Error("the explorer did not settle within a minute");
    await page.waitForTimeout(200);
  }
  await page.waitForTimeout(700);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
  say(`wrote docs/screenshots/${name}.png`);
}

async function main(): Promise<void> {
  const base = loadConfig();
  // Always a Neo4j of its own: a NEO4J_URI in the environment (or .env) would point at the user's data.
  const { NEO4J_URI: _ignored, ...environment } = process.env;
  const config = loadConfig({ ...environment, LOCAL_NEO4J_DATA_DIR: DATA_DIR, LOG_LEVEL: "warn" });
  const options = { ...localOptionsFromConfig(config), log: say };
  await stopLocalNeo4j(DATA_DIR);
  wipeLocalNeo4j(DATA_DIR);
  await startLocalNeo4j(options);
  try {
    const env = {
      ...environment,
      NEO4J_URI: neo4jUri(config),
      NEO4J_PASSWORD: config.NEO4J_PASSWORD,
      LOCAL_NEO4J_DATA_DIR: DATA_DIR,
    };
    const driver = createDriver(config);
    await ensureSchema(driver, config.NEO4J_DATABASE);
    say("ingesting samples/articles (npm run ingest)...");
    run(
      process.execPath,
      [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "ingest/cli.ts", "ingest", path.join(ROOT, base.SAMPLES_DIR)],
      env,
    );
    // The relation with the most evidence, and the best-connected entity: what the views below open.
    const best = await driver.executeQuery(
      `MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) <> 'MENTIONED_IN'
       RETURN a.id AS a, type(r) AS t, b.id AS b, coalesce(r.negated, false) AS negated ORDER BY r.count DESC LIMIT 1`,
      {},
      { database: config.NEO4J_DATABASE },
    );
    const hub = await driver.executeQuery(
      "MATCH (e:Entity)-[r]-(:Entity) WHERE type(r) <> 'MENTIONED_IN' RETURN e.id AS id, count(r) AS n ORDER BY n DESC LIMIT 1",
      {},
      { database: config.NEO4J_DATABASE },
    );
    await driver.close();
    const record = best.records[0];
    const edgeId = relationKey({
      source: record.get("a"),
      type: record.get("t"),
      target: record.get("b"),
      negated: record.get("negated"),
    });
    const hubId = hub.records[0].get("id") as string;

    say("building the explorer...");
    run(
      process.execPath,
      [path.join(ROOT, "node_modules/vite/bin/vite.js"), "build", "client", "--logLevel", "error"],
      env,
    );
    const server = await startServer(config);
    const browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run"],
    });
    try {
      mkdirSync(OUT, { recursive: true });
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(server.url);
      await ready(page);
      await shoot(page, "first-view");

      await page.goto(`${server.url}/?node=${encodeURIComponent(hubId)}`);
      await ready(page);
      await shoot(page, "focus");

      await page.goto(`${server.url}/?edge=${encodeURIComponent(edgeId)}`);
      await ready(page);
      await page.getByTestId("edge-evidence").first().waitFor();
      await shoot(page, "edge-panel");

      await page.getByTestId("edge-evidence-source").first().click();
      await page.getByTestId("evidence-focus").waitFor();
      await page.waitForTimeout(400);
      await shoot(page, "article-view");
      await page.keyboard.press("Escape");

      const query = "MATCH p = (a:State)-[r]->(b:Entity)\nWHERE type(r) <> 'MENTIONED_IN'\nRETURN a, r, b, p\nLIMIT 25";
      await page.goto(`${server.url}/?q=${encodeURIComponent(query)}`);
      await ready(page);
      await page.getByTestId("cypher-run").click();
      await page.getByTestId("cypher-results").locator("tbody tr").first().waitFor();
      await ready(page);
      await shoot(page, "console");

      await page.setViewportSize({ width: 800, height: 700 });
      await page.goto(`${server.url}/?node=${encodeURIComponent(hubId)}`);
      await ready(page);
      await shoot(page, "narrow-800");

      await page.setViewportSize({ width: 420, height: 820 });
      await page.goto(`${server.url}/?node=${encodeURIComponent(hubId)}`);
      await ready(page);
      await shoot(page, "phone");
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await stopLocalNeo4j(DATA_DIR);
  }
}

main().catch((error: Error) => {
  say(error.message);
  process.exit(1);
});
