import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Driver } from "neo4j-driver";
import { ExtractionSchema } from "../../domain";
import { startCli } from "../ingest/run-cli";
import { resetDatabase, testDriver } from "../support/database";
import { FakeOpenAiServer, FakeReply } from "./fake-openai-server";

const ARTICLE = [
  "Source: Test Wire",
  "",
  "March 4, 2024",
  "",
  "Rebels strike the capital",
  "",
  "Iran supplied the Houthis with drones, officials said. The Houthis attacked a ship in the Red Sea on Monday.",
].join("\n");

const ANSWER = {
  entities: [
    { name: "Iran", type: "State" },
    { name: "Houthis", type: "Group" },
    { name: "Red Sea", type: "Place" },
  ],
  relations: [
    {
      source: "Iran",
      type: "BACKS",
      target: "Houthis",
      sentence: "Iran supplied the Houthis with drones, officials said.",
      negated: false,
    },
    {
      source: "Houthis",
      type: "ATTACKED",
      target: "Red Sea",
      sentence: "The Houthis attacked a ship in the Red Sea on Monday.",
      negated: false,
    },
    {
      source: "Houthis",
      type: "CONQUERED",
      target: "Iran",
      sentence: "The Houthis attacked a ship in the Red Sea on Monday.",
      negated: false,
    },
  ],
};

function cli(args: string[], env: Record<string, string>) {
  return startCli(args, { ...process.env, ...env }).done;
}

describe("the CLI with an LLM extractor", () => {
  let server: FakeOpenAiServer;
  let reply: () => FakeReply;
  let env: Record<string, string>;
  let folder: string;
  let driver: Driver;

  beforeAll(async () => {
    server = new FakeOpenAiServer(() => reply());
    const url = await server.start();
    folder = mkdtempSync(path.join(tmpdir(), "newsgraph-llm-cli-"));
    writeFileSync(path.join(folder, "rebels.txt"), ARTICLE);
    env = {
      LLM_BASE_URL: url,
      LLM_MODEL: "fake-model",
      LLM_CACHE_DIR: mkdtempSync(path.join(tmpdir(), "newsgraph-llm-cache-")),
      LLM_MAX_RETRIES: "1",
      LLM_TIMEOUT_MS: "3000",
    };
    driver = testDriver();
    await resetDatabase(driver);
  });
  afterAll(async () => {
    await server.stop();
    await driver.close();
  });

  it("extracts with --extractor llm, resolving names through the dictionaries, and reports calls, tokens and drops", async () => {
    reply = () => ({ content: JSON.stringify(ANSWER) });
    const run = await cli(["extract", folder, "--format", "json", "--extractor", "llm"], env);
    expect(run.status).toBe(0);
    const extraction = ExtractionSchema.parse(JSON.parse(run.stdout));
    const name = (id: string) => extraction.entities.find((e) => e.id === id)?.name;
    const facts = extraction.relations
      .filter((r) => r.type !== "PARTICIPATED_IN")
      .map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
    expect(facts).toEqual(expect.arrayContaining(["Iran BACKS Houthis", "Houthis ATTACKED Red Sea"]));
    expect(facts.some((f) => f.includes("CONQUERED"))).toBe(false);
    expect(run.stderr).toMatch(/llm: 1 call\(s\), 0 chunk\(s\) from cache, 120 tokens \(100 prompt, 20 completion\)/);
    expect(run.stderr).toMatch(/1 relations with an off-vocabulary type/);
  });

  it("with --extractor both, raises the confidence of facts the rules found too", async () => {
    reply = () => ({ content: JSON.stringify(ANSWER) });
    const rules = ExtractionSchema.parse(JSON.parse((await cli(["extract", folder, "--format", "json"], env)).stdout));
    const both = ExtractionSchema.parse(
      JSON.parse((await cli(["extract", folder, "--format", "json", "--extractor", "both"], env)).stdout),
    );
    const backs = (e: typeof rules) => e.relations.find((r) => r.type === "BACKS");
    expect(backs(rules)).toBeDefined();
    expect(backs(both)!.confidence).toBeGreaterThan(backs(rules)!.confidence);
  });

  it("stops with a clear message and writes nothing when the endpoint keeps failing", async () => {
    reply = () => ({ status: 500, raw: "model crashed" });
    const run = await cli(["ingest", folder, "--extractor", "llm"], {
      ...env,
      LLM_CACHE_DIR: mkdtempSync(path.join(tmpdir(), "newsgraph-llm-empty-")),
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/LLM endpoint .*failed after 2 attempt\(s\): HTTP 500: model crashed/);
    const articles = await driver.executeQuery("MATCH (a:Article) RETURN count(a) AS n");
    expect(articles.records[0].get("n").toNumber()).toBe(0);
  });

  it("refuses an unknown extractor name", async () => {
    const run = await cli(["extract", folder, "--extractor", "gpt"], env);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--extractor: expected rules, llm or both, got gpt/);
  });
});
