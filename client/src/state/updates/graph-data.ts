import type { GraphPayload, RelationType } from "../../../../domain";
import type { ArticleList } from "../../api";
import { computeAppearance, dateBounds, type ExplorerGraph } from "../../graph";
import type { AppState } from "../app-state";
import type { NeighbourOrder } from "../url-state";

export function catalogueLoaded(state: AppState, list: ArticleList): AppState {
  const sources = [...new Set(list.articles.map((a) => a.source).filter((s): s is string => Boolean(s)))].sort();
  const articles = list.articles.map((a) => ({
    id: a.id,
    title: a.title,
    source: a.source ?? null,
    date: a.date ?? null,
  }));
  return { ...state, catalogue: { sources, articles } };
}

export function overviewLoaded(state: AppState, payload: GraphPayload): AppState {
  return { ...state, lastOverview: payload };
}

/** The graph is about to be replaced: what referred to its nodes goes with them. */
export function graphCleared(state: AppState): AppState {
  return { ...state, hidden: [], selection: [], highlight: null, expansions: {}, expansionLog: [], pinned: [] };
}

function graphDateBounds(graph: ExplorerGraph) {
  const dates: unknown[] = [];
  graph.forEachNode((_, attrs) => dates.push(attrs.properties.date));
  graph.forEachEdge((_, attrs) => dates.push(attrs.properties.firstSeen, attrs.properties.lastSeen));
  return dateBounds(dates);
}

/** Nodes or edges were added or removed: the version, the span of dates and the appearance follow. */
export function structureChanged(state: AppState, graph: ExplorerGraph): AppState {
  const bounds = graphDateBounds(graph);
  return {
    ...state,
    graphVersion: state.graphVersion + 1,
    appearance: computeAppearance(graph, state),
    // Keep the old object when the span did not move, so the filters panel (and a slider being dragged) stays put.
    dateBounds:
      bounds && (bounds.min !== state.dateBounds?.min || bounds.max !== state.dateBounds?.max)
        ? bounds
        : state.dateBounds,
  };
}

/** One page of a node's neighbours arrived: the next page starts after it, and its nodes are no longer hidden. */
export function expanded(
  state: AppState,
  id: string,
  page: { offset: number; more: number; type?: RelationType; order: NeighbourOrder },
  payload: GraphPayload,
): AppState {
  const { offset, more, type, order } = page;
  const arrived = new Set(payload.nodes.map((n) => n.id));
  return {
    ...state,
    expansions: { ...state.expansions, [id]: { offset, more, type, order } },
    expansionLog: [...state.expansionLog, { id, order, ...(type ? { type } : {}) }],
    hidden: state.hidden.filter((n) => !arrived.has(n)),
  };
}
