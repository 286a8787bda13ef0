import { Db } from "../../storage";

/** The server's version ("Neo4j/5.26.0"), from the summary of one query the configured database answers. */
export async function readServerVersion(db: Db): Promise<string> {
  const result = await db.query("RETURN 1 AS ok");
  return result.summary.server.agent ?? "unknown";
}
