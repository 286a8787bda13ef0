import type { AppState } from "../app-state";

/** A plain click selects the node alone (or clears it if it was the only one); shift-click adds or removes it. */
export function toggledSelect(state: AppState, id: string, additive: boolean): AppState {
  const { selection } = state;
  if (!additive) return { ...state, selection: selection.length === 1 && selection[0] === id ? [] : [id] };
  return { ...state, selection: selection.includes(id) ? selection.filter((n) => n !== id) : [...selection, id] };
}

export function selected(state: AppState, ids: string[], additive: boolean): AppState {
  return { ...state, selection: additive ? [...new Set([...state.selection, ...ids])] : ids };
}

/** A hidden node leaves the selection, and its panel if open. */
export function hidden(state: AppState, id: string): AppState {
  return {
    ...state,
    hidden: state.hidden.includes(id) ? state.hidden : [...state.hidden, id],
    selection: state.selection.filter((n) => n !== id),
    ...(state.focus === id ? { focus: null, entity: null } : {}),
  };
}

export function selectionHidden(state: AppState): AppState {
  return { ...state, hidden: [...new Set([...state.hidden, ...state.selection])], selection: [] };
}

export function pinned(state: AppState, id: string, pin: boolean): AppState {
  return { ...state, pinned: pin ? [...new Set([...state.pinned, id])] : state.pinned.filter((n) => n !== id) };
}
