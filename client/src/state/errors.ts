import { ApiError, NetworkError } from "../api/http";
import type { Connection } from "./app-state";

/** How a failed call changes the connection banner: unreachable server, unreachable Neo4j, or neither. */
export function connectionAfter(error: unknown): Connection | null {
  if (error instanceof NetworkError) return { kind: "server-down", message: error.message };
  if (error instanceof ApiError && (error.status === 503 || error.status === 502 || error.status === 504)) {
    return error.status === 503
      ? { kind: "neo4j-down", message: error.detail ?? error.title }
      : { kind: "server-down", message: error.detail ?? error.title };
  }
  return null;
}

export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.detail ? `${error.title}: ${error.detail}` : error.title;
  return error instanceof Error ? error.message : String(error);
}
