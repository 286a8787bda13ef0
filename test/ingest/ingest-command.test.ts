import { join } from "node:path";
import neo4j from "neo4j-driver";
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
