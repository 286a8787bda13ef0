import type { ArticleDetail, EntityDetail, RelationDetail } from "../../api";
import type { AppState, TextSpan } from "../app-state";

/**
 * An entity's panel opens at once with the name the graph knows, its detail to follow. The selection ring
 * moves to it, unless several nodes are selected on purpose.
 */
export function entityOpened(state: AppState, id: string, name: string | null): AppState {
  return {
    ...state,
    focus: id,
    entity: { id, name, detail: null, error: null },
    edge: null,
    panelCollapsed: false,
    selection: state.selection.length > 1 ? state.selection : [id],
  };
}

/** Answers for an entity no longer focused are dropped. */
export function entityLoaded(state: AppState, id: string, detail: EntityDetail): AppState {
  return state.focus === id ? { ...state, entity: { id, name: detail.node.name, detail, error: null } } : state;
}

export function entityFailed(state: AppState, id: string, name: string | null, message: string): AppState {
  return state.focus === id ? { ...state, entity: { id, name, detail: null, error: message } } : state;
}

/** The focus's neighbourhood stops being lit with it; other highlights stay. */
export function entityClosed(state: AppState): AppState {
  return {
    ...state,
    focus: null,
    entity: null,
    highlight: state.highlight?.reason === "focus" ? null : state.highlight,
  };
}

export function edgeOpened(state: AppState, id: string): AppState {
  return { ...state, edge: { id, detail: null, error: null }, panelCollapsed: false, hoveredEdge: null };
}

export function edgeLoaded(state: AppState, id: string, detail: RelationDetail): AppState {
  return state.edge?.id === id ? { ...state, edge: { id, detail, error: null } } : state;
}

export function edgeFailed(state: AppState, id: string, message: string): AppState {
  return state.edge?.id === id ? { ...state, edge: { id, detail: null, error: message } } : state;
}

export function articleOpened(state: AppState, id: string, evidence: TextSpan | null): AppState {
  return { ...state, article: { id, detail: null, error: null, evidence } };
}

export function articleLoaded(state: AppState, id: string, detail: ArticleDetail): AppState {
  return state.article?.id === id ? { ...state, article: { ...state.article, detail, error: null } } : state;
}

export function articleFailed(state: AppState, id: string, message: string): AppState {
  return state.article?.id === id ? { ...state, article: { ...state.article, detail: null, error: message } } : state;
}

/** Escape closes what is on top: the article, then the relation panel, then the entity panel, then a selection tool. The same state back means nothing was open. */
export function topClosed(state: AppState): AppState {
  if (state.article) return { ...state, article: null };
  if (state.edge) return { ...state, edge: null };
  if (state.entity) return entityClosed(state);
  if (state.selectMode !== "none") return { ...state, selectMode: "none" };
  return state;
}

export function panelFolded(state: AppState): AppState {
  return { ...state, panelCollapsed: !state.panelCollapsed };
}
