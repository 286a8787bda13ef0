import { Express } from "express";
import { Driver } from "neo4j-driver";
import { Config } from "../../config";
import { Extraction } from "../../domain";
import { writeExtraction } from "../../ingest/load";
import { closeApp, createApp } from "../../server/app";
import { resetDatabase, testConfig, testDriver } from "../support/database";
import { newsGraph } from "./fixtures/news-graph";

export interface ServerHarness {
  app: Express;
  driver: Driver;
  config: Config;
  /** The write token the app asks for. */
  token: string;
  close(): Promise<void>;
}

/** The write token test apps use unless a test sets INGEST_TOKEN itself. */
export const TEST_WRITE_TOKEN = "test-write-token-0123456789";

/** An app over the test Neo4j, emptied and loaded with `extraction` (the news-graph fixture by default). */
export async function serverHarness(
  options: { extraction?: Extraction | null; env?: Record<string, string> } = {},
): Promise<ServerHarness> {
  const config = testConfig({ LOG_LEVEL: "silent", INGEST_TOKEN: TEST_WRITE_TOKEN, ...options.env });
  const driver = testDriver(config);
  await resetDatabase(driver, config.NEO4J_DATABASE);
  const extraction = options.extraction === undefined ? newsGraph() : options.extraction;
  if (extraction) await writeExtraction(driver, config.NEO4J_DATABASE, extraction);
  const app = createApp({ driver, config, checkResponses: true });
  return {
    app,
    driver,
    config,
    token: config.INGEST_TOKEN as string,
    close: async () => {
      await closeApp(app);
      await driver.close();
    },
  };
}

/** A fingerprint of everything in the database, to prove a refused query changed nothing. */
export async function databaseFingerprint(driver: Driver): Promise<string> {
  const result = await driver.executeQuery(
    `MATCH (n) WITH n ORDER BY n.id
     OPTIONAL MATCH (n)-[r]->(m)
     WITH n, collect([type(r), m.id, properties(r)]) AS rels
     RETURN collect([labels(n), properties(n), rels]) AS all`,
    {},
    { database: "neo4j" },
  );
  const schema = await driver.executeQuery(
    "SHOW INDEXES YIELD name RETURN collect(name) AS names",
    {},
    { database: "neo4j" },
  );
  return JSON.stringify([result.records[0].get("all"), [...schema.records[0].get("names")].sort()]);
}
