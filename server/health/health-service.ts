import { Neo4jError } from "neo4j-driver";
import { Health } from "../../domain/api";
import { serviceUnavailable } from "../http";
import { Db } from "../../storage";
import { readServerVersion } from "./health-repository";

/** Rejects after `ms`: a database that accepts connections but never answers must not hang the health check. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(serviceUnavailable(`Neo4j did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function checkHealth(db: Db, timeoutMs: number): Promise<Health> {
  try {
    const version = await within(readServerVersion(db), timeoutMs);
    return { status: "ok", neo4j: "up", version, database: db.database };
  } catch (error) {
    if (error instanceof Neo4jError || error instanceof Error) {
      const reason = error instanceof Neo4jError ? `${error.code}: ${error.message.split("\n")[0]}` : error.message;
      throw serviceUnavailable(`Neo4j is down or unreachable (${reason})`);
    }
    throw error;
  }
}
