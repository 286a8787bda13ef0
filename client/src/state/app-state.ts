import type { GraphPayload } from "../../../domain";
import type { CypherResult, EntityDetail, ArticleDetail, Stats } from "../api/schemas";
import { DEFAULT_FILTERS, type Filters } from "../graph/filters";
import type { ColorMode } from "../graph/styling";
import type { SizeMetric } from "../graph/metrics";

/** Whether the explorer can talk to its data: drives the banner and the empty state. */
export type Connection =
  | { kind: "connecting" }
  | { kind: "ok" }
  | { kind: "empty" }
  | { kind: "server-down"; message: string }
  | { kind: "neo4j-down"; message: string };

export type SelectMode = "none" | "box" | "lasso";

export interface HoveredEdge {
  id: string;
  x: number;
  y: number;
}

export interface Expansion {
  offset: number;
  more: number;
  type?: string;
}

export interface PathEnd {
  id: string;
  name: string;
}

export interface AppState {
  connection: Connection;
  /** A short description of what is loading, or null when idle. */
  busy: string | null;
  stats: Stats | null;
  /** The span of dates on the loaded graph, which the time slider covers together with the event dates. */
  dateBounds: { min: string; max: string } | null;
  /** Outlets and articles to filter by, loaded once at start. */
  catalogue: { sources: string[]; articles: { id: string; title: string }[] };
  filters: Filters;
  hidden: string[];
  pinned: string[];
  selection: string[];
  /** The node whose side panel is open (also the one the URL remembers). */
  focus: string | null;
  entity: { id: string; name: string | null; detail: EntityDetail | null; error: string | null } | null;
  article: { id: string; detail: ArticleDetail | null; error: string | null } | null;
  hoveredNode: string | null;
  hoveredEdge: HoveredEdge | null;
  /** Nodes and edges to stand out, the rest dimmed: a search result's neighbourhood or found paths. */
  highlight: { nodes: string[]; edges: string[]; reason: "search" | "paths" } | null;
  expansions: Record<string, Expansion>;
  colorMode: ColorMode;
  sizeMetric: SizeMetric;
  layoutRunning: boolean;
  selectMode: SelectMode;
  cypher: { query: string; running: boolean; result: CypherResult | null; error: string | null };
  paths: { from: PathEnd | null; to: PathEnd | null; running: boolean; found: number | null; error: string | null };
  /** Incremented whenever nodes or edges are added or removed, so views recompute what depends on structure. */
  graphVersion: number;
  toast: string | null;
  /** The last payload the overview returned, to tell "no data" from "all filtered out". */
  lastOverview: GraphPayload | null;
}

export const EXAMPLE_QUERY = "MATCH (a:State)-[r:ATTACKED|THREATENED|SANCTIONED]->(b)\nRETURN a, r, b\nLIMIT 50";

export function initialState(): AppState {
  return {
    connection: { kind: "connecting" },
    busy: null,
    stats: null,
    catalogue: { sources: [], articles: [] },
    dateBounds: null,
    filters: DEFAULT_FILTERS,
    hidden: [],
    pinned: [],
    selection: [],
    focus: null,
    entity: null,
    article: null,
    hoveredNode: null,
    hoveredEdge: null,
    highlight: null,
    expansions: {},
    colorMode: "label",
    sizeMetric: "degree",
    layoutRunning: false,
    selectMode: "none",
    cypher: { query: EXAMPLE_QUERY, running: false, result: null, error: null },
    paths: { from: null, to: null, running: false, found: null, error: null },
    graphVersion: 0,
    toast: null,
    lastOverview: null,
  };
}
