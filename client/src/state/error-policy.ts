import { ApiError, NetworkError } from "../api";
import type { AppState, Connection } from "./app-state";

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

/** A failed call, read once: what to say, and whether it means the server or Neo4j is down. */
export interface Failure {
  message: string;
  connection: Connection | null;
}

/** Where an area shows its failed call: its panel's error line, its status... */
export type ShowFailure = (state: AppState, failure: Failure) => AppState;

export function readFailure(error: unknown): Failure {
  return { message: describeError(error), connection: connectionAfter(error) };
}

/** For calls with no place of their own: a toast, unless the banner already says what went wrong. */
export const toastFailure: ShowFailure = (state, failure) =>
  failure.connection ? state : { ...state, toast: failure.message };

/** For best-effort calls whose failure leaves nothing to say beyond the banner. */
export const quietFailure: ShowFailure = (state) => state;

/**
 * The one error policy: a failure that says the server or Neo4j is down switches the banner, and the message
 * goes where the calling area shows it (a toast by default).
 */
export function afterFailure(state: AppState, error: unknown, show: ShowFailure = toastFailure): AppState {
  const failure = readFailure(error);
  return show(failure.connection ? { ...state, connection: failure.connection } : state, failure);
}

/** A call answered: a banner left by an earlier failure goes. */
export function afterSuccess(state: AppState): AppState {
  return state.connection.kind === "server-down" || state.connection.kind === "neo4j-down"
    ? { ...state, connection: { kind: "ok" } }
    : state;
}
