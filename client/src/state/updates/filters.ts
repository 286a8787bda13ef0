import type { Filters } from "../../graph";
import type { AppState } from "../app-state";

export function filtersChanged(state: AppState, patch: Partial<Filters>): AppState {
  return { ...state, filters: { ...state.filters, ...patch } };
}

/** The filters the server applies; the others only hide what is loaded. */
export function serverFilters(filters: Filters): Pick<Filters, "source" | "article" | "includeRejected"> {
  return { source: filters.source, article: filters.article, includeRejected: filters.includeRejected };
}

/** Whether the overview must be fetched again: the server's filters changed. */
export function needsReload(before: Filters, after: Filters): boolean {
  return (
    before.source !== after.source ||
    before.article !== after.article ||
    before.includeRejected !== after.includeRejected
  );
}
