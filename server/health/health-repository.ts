import { Db } from "../neo4j";

export interface ServerVersion {
  agent: string;
  protocol: number | undefined;
}

export async function readServerVersion(db: Db): Promise<ServerVersion> {
  const info = await db.driver.getServerInfo({ database: db.database });
  return { agent: info.agent ?? "unknown", protocol: info.protocolVersion };
}
