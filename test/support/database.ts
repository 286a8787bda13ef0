import { Driver } from "neo4j-driver";
import { Config, loadConfig } from "../../config";
import { createDriver, ensureSchema } from "../../storage";

/** The configuration the tests run with: the test Neo4j that global setup started. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ ...process.env, ...overrides });
}

export function testDriver(config: Config = testConfig()): Driver {
  return createDriver(config);
}

/** Empties the database and makes sure the schema is there; each integration suite starts with this. */
export async function resetDatabase(driver: Driver, database = "neo4j"): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
  await ensureSchema(driver, database);
}

export async function countNodes(driver: Driver, database = "neo4j"): Promise<number> {
  const result = await driver.executeQuery("MATCH (n) RETURN count(n) AS n", {}, { database });
  return result.records[0].get("n").toNumber();
}
