import type { CypherResult } from "../../api";
import type { AppState } from "../app-state";

export function historyLoaded(state: AppState, history: string[]): AppState {
  return { ...state, cypher: { ...state.cypher, history } };
}

export function cypherStarted(state: AppState, query: string, startedAt: number, history: string[]): AppState {
  return {
    ...state,
    cypher: {
      ...state.cypher,
      query,
      running: true,
      error: null,
      startedAt,
      elapsedMs: null,
      fromLink: false,
      history,
    },
  };
}

export function cypherAnswered(state: AppState, result: CypherResult, elapsedMs: number): AppState {
  return { ...state, cypher: { ...state.cypher, running: false, result, error: null, startedAt: null, elapsedMs } };
}

export function cypherFailed(state: AppState, message: string, elapsedMs: number): AppState {
  return {
    ...state,
    cypher: { ...state.cypher, running: false, result: null, error: message, startedAt: null, elapsedMs },
  };
}

export function cancelledMessage(elapsedMs: number): string {
  return `Cancelled after ${(elapsedMs / 1000).toFixed(1)} s. The server stops any query at its time limit.`;
}

export function queryEdited(state: AppState, query: string): AppState {
  return { ...state, cypher: { ...state.cypher, query } };
}

/** A link's query is put in the editor and marked as not yet run: a link must never run it (issue 15). */
export function linkedQueryShown(state: AppState, query: string): AppState {
  return { ...state, cypher: { ...state.cypher, query, fromLink: true, result: null, error: null } };
}
