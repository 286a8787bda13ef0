import type { Stats } from "../../api";
import type { AppState } from "../app-state";
import type { ShowFailure } from "../error-policy";

/** The server and Neo4j answered: an empty database gets its own state, so the explorer explains how to ingest. */
export function healthChecked(state: AppState, stats: Stats): AppState {
  return { ...state, stats, connection: stats.articles === 0 ? { kind: "empty" } : { kind: "ok" } };
}

/** A failed health check always shows the banner: if nothing says Neo4j is down, the server is. */
export const healthFailed: ShowFailure = (state, failure) =>
  failure.connection ? state : { ...state, connection: { kind: "server-down", message: failure.message } };

/** Counts fetched again (after an upload): articles arriving end the empty state, never start it. */
export function statsRefreshed(state: AppState, stats: Stats): AppState {
  return { ...state, stats, connection: stats.articles > 0 ? { kind: "ok" } : state.connection };
}

export function busyWith(state: AppState, busy: string | null): AppState {
  return { ...state, busy };
}

export function notified(state: AppState, toast: string | null): AppState {
  return { ...state, toast };
}
