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

/**
 * What went wrong, in the server's words: a problem's detail says it ("query refused: ..."), so the status
 * line ("Bad Request") is left off; without a detail the title is all there is.
 */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.detail ? capitalise(error.detail) : error.title;
  return error instanceof Error ? error.message : String(error);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
