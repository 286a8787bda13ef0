import { Neo4jError } from "neo4j-driver";
import { Problem } from "./problem";

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);

/**
 * Database faults the caller cannot fix; Neo4j's own messages never reach the caller. Other client errors
 * are our bug (500) unless a service mapped them (the console maps its callers' query errors itself).
 */
export function neo4jProblem(error: unknown): Problem | undefined {
  if (!(error instanceof Neo4jError)) return undefined;
  if (UNAVAILABLE_CODES.has(error.code)) {
    return {
      status: 503,
      title: "Service Unavailable",
      detail: "the Neo4j database is not reachable; try again once it is up",
    };
  }
  if (
    error.code === "Neo.ClientError.Security.Unauthorized" ||
    error.code === "Neo.ClientError.Security.AuthenticationRateLimit"
  ) {
    return {
      status: 503,
      title: "Service Unavailable",
      detail: "the server could not log in to Neo4j (check NEO4J_USER / NEO4J_PASSWORD)",
    };
  }
  if (error.code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
    return {
      status: 503,
      title: "Service Unavailable",
      detail:
        "the database took too long to answer (READ_TIMEOUT_MS); ask for less: fewer hops, a lower limit, narrower filters",
    };
  }
  if (error.code === "Neo.ClientError.Database.DatabaseNotFound") {
    return {
      status: 503,
      title: "Service Unavailable",
      detail: "the configured Neo4j database does not exist (check NEO4J_DATABASE)",
    };
  }
  if (error.code.startsWith("Neo.TransientError.") || error.code.startsWith("Neo.DatabaseError.")) {
    return {
      status: 503,
      title: "Service Unavailable",
      detail: `the database could not answer just now (${error.code.split(".").pop()}); try again`,
    };
  }
  return undefined;
}
