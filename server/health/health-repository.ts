import { Db } from "../neo4j";

/** The server's version ("Neo4j/5.26.0"), after checking that the configured database itself answers a query. */
export async function readServerVersion(db: Db): Promise<string> {
  const info = await db.driver.getServerInfo({ database: db.database });
  await db.query("RETURN 1 AS ok");
  return info.agent ?? "unknown";
}
