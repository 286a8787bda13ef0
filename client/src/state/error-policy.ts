import type { AppState, Connection } from "./app-state";
import { connectionAfter, describeError } from "./errors";

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
export const toastFailure: ShowFailure = (state, failure) => (failure.connection ? state : { ...state, toast: failure.message });

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
  return state.connection.kind === "server-down" || state.connection.kind === "neo4j-down" ? { ...state, connection: { kind: "ok" } } : state;
}
