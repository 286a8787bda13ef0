import { parseRelationKey, type Decision } from "../../../../domain";
import type { DecisionImportResult, DuplicateSuggestion } from "../../api";
import type { AppState } from "../app-state";
import type { ShowFailure } from "../error-policy";

type Corrections = AppState["corrections"];

function withCorrections(state: AppState, patch: Partial<Corrections>): AppState {
  return { ...state, corrections: { ...state.corrections, ...patch } };
}

export const AUTHOR_MISSING = "Enter your name under “Your name” first: every correction says who made it.";

export function correctionsToggled(state: AppState, open = !state.corrections.open): AppState {
  return withCorrections(state, { open });
}

export function authorChosen(state: AppState, author: string): AppState {
  const trimmed = author.trim();
  return withCorrections(state, {
    author: trimmed,
    error: trimmed && state.corrections.error === AUTHOR_MISSING ? null : state.corrections.error,
  });
}

/** A correction asked for with no author: the panel opens on the name field and says why. */
export function authorMissing(state: AppState): AppState {
  return withCorrections(state, { open: true, error: AUTHOR_MISSING, notice: null });
}

export function decisionsLoaded(state: AppState, decisions: Decision[]): AppState {
  return withCorrections(state, { decisions });
}

export function duplicatesLoaded(state: AppState, duplicates: DuplicateSuggestion[]): AppState {
  return withCorrections(state, { duplicates });
}

export function correctionSent(state: AppState, what: string): AppState {
  return withCorrections(state, { pending: what, error: null, notice: null });
}

/** A correction the server refused: its reason, in its words, in the panel and as a toast. */
export const correctionFailed: ShowFailure = (state, failure) => {
  const failed = withCorrections(state, { pending: null, error: failure.message });
  return failure.connection ? failed : { ...failed, toast: failure.message };
};

/** The decisions or suggestions could not be loaded: said in the panel, which is where they were asked for. */
export const correctionsLoadFailed: ShowFailure = (state, failure) =>
  withCorrections(state, { error: failure.message });

/** The entities a decision names: what the graph and the panels around them must show afresh. */
export function entitiesOf(decision: Decision): string[] {
  switch (decision.kind) {
    case "merge":
      return [decision.from, decision.into];
    case "rename":
    case "retype":
      return [decision.entity];
    case "split":
      return [decision.entity, decision.newEntity];
    case "reject":
    case "confirm": {
      const relation = parseRelationKey(decision.relation);
      return relation ? [relation.source, relation.target] : [];
    }
    case "add":
      return [decision.source, decision.target];
    case "dismiss":
      return [...decision.entities];
  }
}

/** Entities that no longer exist once a decision is made (`undone` false) or undone, each with what replaced it. */
export function entitiesGone(decision: Decision, undone: boolean): Map<string, string> {
  if (decision.kind === "merge" && !undone) return new Map([[decision.from, decision.into]]);
  if (decision.kind === "split" && undone) return new Map([[decision.newEntity, decision.entity]]);
  return new Map();
}

/**
 * A suggestion ends with a merge of its pair (or of either entity into anything) and with a dismissal of
 * the pair; an undo brings it back only on the next load.
 */
function stillSuggested(suggestion: DuplicateSuggestion, decision: Decision): boolean {
  const [a, b] = suggestion.entities.map((e) => e.id);
  if (decision.kind === "merge") return ![a, b].includes(decision.from);
  if (decision.kind === "dismiss") return !(decision.entities.includes(a) && decision.entities.includes(b));
  return true;
}

/**
 * A decision was made: it heads the list, the suggestions it settles go, and what pointed at an entity
 * merged away points at the survivor (selection, pins, hidden nodes, path ends).
 */
export function decisionMade(state: AppState, decision: Decision): AppState {
  const { decisions, duplicates } = state.corrections;
  const next = withCorrections(state, {
    pending: null,
    error: null,
    decisions: decisions ? [decision, ...decisions.filter((d) => d.id !== decision.id)] : [decision],
    duplicates: duplicates ? duplicates.filter((s) => stillSuggested(s, decision)) : duplicates,
    mergePair: null,
    addingFrom: null,
  });
  return entitiesReplaced(next, entitiesGone(decision, false));
}

export function decisionUndone(state: AppState, decision: Decision): AppState {
  const { decisions } = state.corrections;
  const next = withCorrections(state, {
    pending: null,
    error: null,
    decisions: decisions ? decisions.filter((d) => d.id !== decision.id) : decisions,
    notice: `Undone: ${decision.kind}.`,
  });
  return entitiesReplaced(next, entitiesGone(decision, true));
}

export function decisionsImported(state: AppState, result: DecisionImportResult): AppState {
  const notice = `Imported ${result.imported} decision${result.imported === 1 ? "" : "s"}, skipped ${result.skipped} already stored.`;
  return withCorrections(state, { pending: null, error: null, notice });
}

/** The file picked for import is not a decisions file: said before anything is sent. */
export function importUnreadable(state: AppState, message: string): AppState {
  return withCorrections(state, { pending: null, error: message, notice: null });
}

/** The selection moves from entities that are gone to what replaced them; pins, hidden marks and path ends on them go. */
export function entitiesReplaced(state: AppState, replaced: ReadonlyMap<string, string>): AppState {
  if (replaced.size === 0) return state;
  const swap = (ids: string[]) => [...new Set(ids.map((id) => replaced.get(id) ?? id))];
  const end = (e: AppState["paths"]["from"]) => (e && replaced.has(e.id) ? null : e);
  return {
    ...state,
    selection: swap(state.selection),
    pinned: state.pinned.filter((id) => !replaced.has(id)),
    hidden: state.hidden.filter((id) => !replaced.has(id)),
    paths: { ...state.paths, from: end(state.paths.from), to: end(state.paths.to) },
    highlight: state.highlight?.nodes.some((id) => replaced.has(id)) ? null : state.highlight,
  };
}

/** "Merge…" on two selected nodes opens the dialog for them. */
export function mergeProposed(state: AppState, pair: [string, string]): AppState {
  return withCorrections(state, { mergePair: pair, error: null, notice: null });
}

export function mergeCancelled(state: AppState): AppState {
  return withCorrections(state, { mergePair: null });
}

/** "Add relation…" in an entity's panel opens the dialog for that entity. */
export function addRelationProposed(state: AppState, entity: Corrections["addingFrom"]): AppState {
  return withCorrections(state, { addingFrom: entity, error: null, notice: null });
}

export function addRelationCancelled(state: AppState): AppState {
  return withCorrections(state, { addingFrom: null });
}

/** The entity to keep by default: the better connected of the two, the first on a tie. */
export function defaultSurvivor(pair: readonly [string, string], degreeOf: (id: string) => number): string {
  return degreeOf(pair[1]) > degreeOf(pair[0]) ? pair[1] : pair[0];
}
