import { Db } from "../neo4j";

export interface ServerVersion {
  agent: string;
  protocol: number | undefined;
}

/** The server's version, after checking that the configured database itself answers a query. */
export async function readServerVersion(db: Db): Promise<ServerVersion> {
  const info = await db.driver.getServerInfo({ database: db.database });
  await db.query("RETURN 1 AS ok");
  return { agent: info.agent ?? "unknown", protocol: info.protocolVersion };
}
