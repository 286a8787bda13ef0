import { join } from "node:path";
import neo4j from "neo4j-driver";
import { countNodes, resetDatabase, testDriver } from "../support/database";
import { folderWith } from "./helpers";
import { ROOT, runIngest } from "./run-cli";

describe("npm run ingest", () => {
  it("writes the bundled samples to the database and reports what it wrote", async () => {
    const run = runIngest([join(ROOT, "samples/articles")], { ...process.env });
    expect(run.stderr).toMatch(/ingested 7 articles/);
    expect(run.status).toBe(0);
    const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic("neo4j", process.env.NEO4J_PASSWORD!));
    try {
      const { records } = await driver.executeQuery("MATCH (a:Article) RETURN count(a) AS n");
      expect(records[0].get("n").toNumber()).toBeGreaterThanOrEqual(7);
    } finally {
      await driver.close();
    }
  }, 120_000);

  it("says how to start Neo4j when it cannot connect", () => {
    const env = { ...process.env, NEO4J_URI: "", LOCAL_NEO4J_BOLT_PORT: "7699", NEO4J_CONNECTION_TIMEOUT_MS: "2000" };
    const run = runIngest([join(ROOT, "samples/articles")], env);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/cannot connect to the local Neo4j[\s\S]*npm run neo4j:start/);
  }, 120_000);
});

describe("npm run ingest with CoreNLP unreachable or unable to parse an article", () => {
  const folder = folderWith({
    "short.txt": "Source: Wire\nMar 1, 2024\nTalks\n\nChile held talks with Peru on Monday.",
    "long.txt": `Source: Wire\nMar 1, 2024\nA long report\n\n${"Chile held talks with Peru on Monday. ".repeat(80)}`,
  });

  it("stops before anything is written when CoreNLP cannot be reached, and says how to start it", async () => {
    const driver = testDriver();
    try {
      await resetDatabase(driver);
      const run = runIngest([folder], { ...process.env, CORENLP_URL: "http://127.0.0.1:9" });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(
        /cannot reach Stanford CoreNLP at http:\/\/127\.0\.0\.1:9[\s\S]*npm run corenlp:start[\s\S]*CORENLP_URL/,
      );
      expect(await countNodes(driver)).toBe(0);
    } finally {
      await driver.close();
    }
  }, 120_000);

  it("reports an article too long to parse by name, writes nothing of it, and ingests the rest", async () => {
    const driver = testDriver();
    try {
      await resetDatabase(driver);
      const run = runIngest([folder], { ...process.env, CORENLP_MAX_CHARS: "2000" });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(
        /error: long\.txt: not parsed, so nothing was extracted: the text has \d+ characters, more than the 2000/,
      );
      const { records } = await driver.executeQuery("MATCH (a:Article) RETURN collect(a.file) AS files");
      expect(records[0].get("files")).toEqual(["short.txt"]);
    } finally {
      await driver.close();
    }
  }, 120_000);
});

describe("ingesting article by article", () => {
  const first =
    "Source: Wire\nMar 1, 2024\nEnvoy arrives\n\nEnvoy Ada Lovelace of Chile met Peruvian officials in Lima on Monday.";
  const second =
    "Source: Wire\nMar 3, 2024\nEnvoy criticises\n\nLovelace accused Bolivia of arming rebels on Wednesday.";

  async function graph(driver: ReturnType<typeof testDriver>): Promise<{ entities: string[]; relations: string[] }> {
    const entities = await driver.executeQuery("MATCH (e:Entity) WHERE NOT e:Event RETURN e.id AS id ORDER BY id");
    const relations = await driver.executeQuery(
      "MATCH (s:Entity)-[r]->(t:Entity) RETURN s.id + ' ' + type(r) + ' ' + t.id AS r ORDER BY r",
    );
    return { entities: entities.records.map((r) => r.get("id")), relations: relations.records.map((r) => r.get("r")) };
  }

  it("joins a later surname to the person an earlier ingest wrote, as ingesting both at once does", async () => {
    const driver = testDriver();
    try {
      await resetDatabase(driver);
      expect(runIngest([folderWith({ "a.txt": first, "b.txt": second })], { ...process.env }).status).toBe(0);
      const together = await graph(driver);
      await resetDatabase(driver);
      expect(runIngest([folderWith({ "a.txt": first })], { ...process.env }).status).toBe(0);
      expect(runIngest([folderWith({ "b.txt": second })], { ...process.env }).status).toBe(0);
      const oneByOne = await graph(driver);
      expect(together.entities).toContain("actor:ada-lovelace");
      expect(together.entities).not.toContain("actor:lovelace");
      expect(oneByOne).toEqual(together);
    } finally {
      await driver.close();
    }
  }, 180_000);
});
