import type { EntityLabel, GraphPayload, RelationType } from "../../../domain";
import type { Decision } from "../../../domain/decisions";
import type {
  ArticleDetail,
  CypherResult,
  DuplicateSuggestion,
  EntityDetail,
  IngestJob,
  RelationDetail,
  Stats,
} from "../api";
import { EMPTY_APPEARANCE, type Appearance } from "../graph/appearance";
import { DEFAULT_FILTERS, type Filters } from "../graph/filters";
import type { ColorMode } from "../graph/styling";
import type { SizeMetric } from "../graph/metrics";
import type { CameraState, ExpansionStep, NeighbourOrder } from "./url-state";

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

/** Where a node's paged expansion stands: the next offset and how many neighbours the server has beyond it. */
export interface Expansion {
  offset: number;
  more: number;
  type?: RelationType;
  order: NeighbourOrder;
}

export interface PathEnd {
  id: string;
  name: string;
}

export type HighlightReason = "search" | "paths" | "focus" | "expand" | "cypher" | "upload";

/** A span of an article's text to show highlighted and scrolled to: the evidence the user came from. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface CypherState {
  query: string;
  running: boolean;
  result: CypherResult | null;
  error: string | null;
  /** When the running query was sent (performance.now()), so the console can count the seconds. */
  startedAt: number | null;
  /** How long the last run took. */
  elapsedMs: number | null;
  /** The query came with a shared link: shown, and run only when the user says so. */
  fromLink: boolean;
  /** Queries run, newest first (kept in local storage). */
  history: string[];
}

export interface UploadState {
  /** The job the server runs, as last polled; null before the first answer. */
  job: IngestJob | null;
  /** What the user sent, so the panel can list every file before the server has seen them. */
  names: string[];
  error: string | null;
  running: boolean;
}

/** Whether the explorer can talk to its data, what it is busy with, and its one-line notices. */
export interface StatusState {
  connection: Connection;
  /** A short description of what is loading, or null when idle. */
  busy: string | null;
  stats: Stats | null;
  toast: string | null;
}

/** What the graph holds beyond its nodes and edges: how it came to be, and what it spans. */
export interface GraphDataState {
  /** The span of dates on the loaded graph, which the time slider covers together with the event dates. */
  dateBounds: { min: string; max: string } | null;
  /** Outlets and articles to filter by, loaded once at start (and after an upload). */
  catalogue: {
    sources: string[];
    articles: { id: string; title: string; source: string | null; date: string | null }[];
  };
  expansions: Record<string, Expansion>;
  /** Every expansion in the order it was made, for links. */
  expansionLog: ExpansionStep[];
  /** Incremented whenever nodes or edges are added or removed, so views recompute what depends on structure. */
  graphVersion: number;
  /** The last payload the overview returned, to tell "no data" from "all filtered out". */
  lastOverview: GraphPayload | null;
}

export interface FiltersState {
  filters: Filters;
}

/** Which nodes the user picked, put aside or pinned. */
export interface SelectionState {
  hidden: string[];
  pinned: string[];
  selection: string[];
}

/** The side panels: an entity, a relation, an article. */
export interface InspectorState {
  /** The node whose side panel is open (also the one the URL remembers). */
  focus: string | null;
  entity: { id: string; name: string | null; detail: EntityDetail | null; error: string | null } | null;
  /** The relation whose panel is open. */
  edge: { id: string; detail: RelationDetail | null; error: string | null } | null;
  article: { id: string; detail: ArticleDetail | null; error: string | null; evidence: TextSpan | null } | null;
  /** The entity or relation panel folded to its title bar. */
  panelCollapsed: boolean;
}

/** How the graph is shown: its appearance, what stands out, the camera and the controls around it. */
export interface ViewState {
  colorMode: ColorMode;
  sizeMetric: SizeMetric;
  /** Sizes, communities and curvatures, computed from the data graph and the two options above. */
  appearance: Appearance;
  hoveredNode: string | null;
  hoveredEdge: HoveredEdge | null;
  /** Nodes and edges to stand out, the rest dimmed: a focused node's neighbourhood, a search result, paths... */
  highlight: { nodes: string[]; edges: string[]; reason: HighlightReason } | null;
  layoutRunning: boolean;
  selectMode: SelectMode;
  /** The camera as the renderer last reported it (sigma's framed coordinates), for links. */
  camera: CameraState | null;
  /** Narrow screens: whether the controls sidebar is pulled out. */
  sidebarOpen: boolean;
  /** A shared link is being replayed: the URL is not rewritten until it is done. */
  restoring: boolean;
}

export interface ConsoleState {
  cypher: CypherState;
}

export interface PathsState {
  paths: { from: PathEnd | null; to: PathEnd | null; running: boolean; found: number | null; error: string | null };
}

export interface UploadAreaState {
  upload: UploadState;
}

/** The analysts' corrections: the decisions made, the possible duplicates, and the one being sent. */
export interface CorrectionsState {
  corrections: {
    /** The Corrections panel is open. */
    open: boolean;
    /** Who signs the decisions (kept in local storage). */
    author: string;
    /** Newest first; null until loaded. */
    decisions: Decision[] | null;
    /** Best first; null until loaded. */
    duplicates: DuplicateSuggestion[] | null;
    /** What is being sent ("Merging…"), or null. */
    pending: string | null;
    error: string | null;
    /** What the last step did, in words ("Imported 3 decisions, skipped 1"). */
    notice: string | null;
    /** Two selected nodes about to be merged: the merge dialog is open for them. */
    mergePair: [string, string] | null;
    /** The entity a relation is being added from by hand: the add-relation dialog is open for it. */
    addingFrom: { id: string; name: string; label: EntityLabel } | null;
  };
}

/** The explorer's state, one flat object made of its areas; each area's updates live in state/updates/. */
export interface AppState
  extends
    StatusState,
    GraphDataState,
    FiltersState,
    SelectionState,
    InspectorState,
    ViewState,
    ConsoleState,
    PathsState,
    UploadAreaState,
    CorrectionsState {}

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
    edge: null,
    article: null,
    hoveredNode: null,
    hoveredEdge: null,
    highlight: null,
    expansions: {},
    expansionLog: [],
    colorMode: "label",
    sizeMetric: "degree",
    appearance: EMPTY_APPEARANCE,
    layoutRunning: false,
    selectMode: "none",
    camera: null,
    cypher: {
      query: EXAMPLE_QUERY,
      running: false,
      result: null,
      error: null,
      startedAt: null,
      elapsedMs: null,
      fromLink: false,
      history: [],
    },
    paths: { from: null, to: null, running: false, found: null, error: null },
    upload: { job: null, names: [], error: null, running: false },
    corrections: {
      open: false,
      author: "",
      decisions: null,
      duplicates: null,
      pending: null,
      error: null,
      notice: null,
      mergePair: null,
      addingFrom: null,
    },
    sidebarOpen: false,
    panelCollapsed: false,
    restoring: false,
    graphVersion: 0,
    toast: null,
    lastOverview: null,
  };
}
