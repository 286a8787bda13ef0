import type { IngestJob } from "../../api";
import type { AppState } from "../app-state";

/** The panel lists every file sent before the server has seen them. */
export function uploadStarted(state: AppState, names: string[]): AppState {
  return { ...state, upload: { job: null, names, error: null, running: true } };
}

export function jobPolled(state: AppState, job: IngestJob): AppState {
  return { ...state, upload: { ...state.upload, job } };
}

export function jobEnded(state: AppState, job: IngestJob): AppState {
  return { ...state, upload: { ...state.upload, job, running: false } };
}

export function uploadFailed(state: AppState, message: string): AppState {
  return { ...state, upload: { ...state.upload, running: false, error: message } };
}

export function uploadCleared(state: AppState): AppState {
  return { ...state, upload: { job: null, names: [], error: null, running: false } };
}
