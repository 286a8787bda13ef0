import { NODE_LABELS, RELATION_TYPES, type NodeLabel, type RelationType } from "../../../domain";
import { DEFAULT_FILTERS, type Filters } from "../graph/filters";
import type { SizeMetric } from "../graph/metrics";
import type { ColorMode } from "../graph/styling";

export type NeighbourOrder = "evidence" | "recent";

/** One "expand" as the user did it, in order, so a link replays the same growth of the graph. */
export interface ExpansionStep {
  id: string;
  type?: RelationType;
  order: NeighbourOrder;
}

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}

/** The part of the view a shared link restores. */
export interface UrlState {
  focus: string | null;
  filters: Filters;
  /** Shown in the console when the link is opened, never run until the user asks (issue 15). */
  query: string | null;
  colorMode: ColorMode;
  sizeMetric: SizeMetric;
  hidden: string[];
  selection: string[];
  pinned: string[];
  expansions: ExpansionStep[];
  path: { from: string; to: string } | null;
  edge: string | null;
  camera: CameraState | null;
  /** Packed node positions (graph/positions-code.ts); kept in the fragment, which never reaches the server. */
  positions: string | null;
}

export const EMPTY_URL_STATE: UrlState = {
  focus: null,
  filters: DEFAULT_FILTERS,
  query: null,
  colorMode: "label",
  sizeMetric: "degree",
  hidden: [],
  selection: [],
  pinned: [],
  expansions: [],
  path: null,
  edge: null,
  camera: null,
  positions: null,
};

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const MAX_IDS = 2000;

/** Writes only what differs from the defaults, so a plain link stays plain: `?query#fragment`. */
export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  const { filters } = state;
  if (state.focus) params.set("node", state.focus);
  if (!sameSet(filters.labels, DEFAULT_FILTERS.labels)) params.set("labels", filters.labels.join(","));
  if (!sameSet(filters.types, DEFAULT_FILTERS.types)) params.set("types", filters.types.join(","));
  if (filters.minDegree > 0) params.set("minDegree", String(filters.minDegree));
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (!filters.timeEvents || !filters.timeRelations)
    params.set(
      "time",
      [filters.timeEvents && "events", filters.timeRelations && "relations"].filter(Boolean).join(","),
    );
  if (!filters.keepUndated) params.set("undated", "drop");
  if (filters.source) params.set("source", filters.source);
  if (filters.article) params.set("article", filters.article);
  if (filters.includeRejected) params.set("rejected", "show");
  if (state.colorMode !== "label") params.set("color", state.colorMode);
  if (state.sizeMetric !== "degree") params.set("size", state.sizeMetric);
  for (const step of state.expansions) params.append("exp", `${step.order}:${step.type ?? ""}:${step.id}`);
  if (state.path) {
    params.set("pathFrom", state.path.from);
    params.set("pathTo", state.path.to);
  }
  for (const id of state.hidden) params.append("hide", id);
  for (const id of state.selection) params.append("sel", id);
  for (const id of state.pinned) params.append("pin", id);
  if (state.edge) params.set("edge", state.edge);
  if (state.camera)
    params.set("cam", [state.camera.x, state.camera.y, state.camera.ratio].map((v) => Number(v.toFixed(5))).join(","));
  if (state.query) params.set("q", state.query);
  const text = params.toString();
  return `${text ? `?${text}` : ""}${state.positions ? `#pos=${state.positions}` : ""}`;
}

/** Reads a link leniently: anything unknown or malformed falls back to the default rather than failing. */
export function decodeUrlState(search: string, hash = ""): UrlState {
  const params = new URLSearchParams(search);
  const labels = listParam(params.get("labels"), NODE_LABELS) as NodeLabel[] | null;
  const types = listParam(params.get("types"), RELATION_TYPES) as RelationType[] | null;
  const minDegree = Number.parseInt(params.get("minDegree") ?? "", 10);
  const time = listParam(params.get("time"), ["events", "relations"]);
  const filters: Filters = {
    labels: labels ?? DEFAULT_FILTERS.labels,
    types: types ?? DEFAULT_FILTERS.types,
    minDegree: Number.isFinite(minDegree) && minDegree > 0 ? Math.min(minDegree, 1000) : 0,
    timeEvents: time ? time.includes("events") : true,
    timeRelations: time ? time.includes("relations") : true,
    keepUndated: params.get("undated") !== "drop",
    includeRejected: params.get("rejected") === "show",
  };
  const from = params.get("from");
  const to = params.get("to");
  if (from && DATE.test(from)) filters.from = from;
  if (to && DATE.test(to)) filters.to = to;
  const source = params.get("source")?.trim();
  const article = params.get("article")?.trim();
  if (source) filters.source = source;
  if (article) filters.article = article;
  const pathFrom = params.get("pathFrom");
  const pathTo = params.get("pathTo");
  const positions = new URLSearchParams(hash.replace(/^#/, "")).get("pos");
  return {
    focus: params.get("node") || null,
    filters,
    query: params.get("q") || null,
    colorMode: params.get("color") === "community" ? "community" : "label",
    sizeMetric: params.get("size") === "pagerank" ? "pagerank" : "degree",
    hidden: ids(params.getAll("hide")),
    selection: ids(params.getAll("sel")),
    pinned: ids(params.getAll("pin")),
    expansions: params.getAll("exp").slice(0, MAX_IDS).flatMap(expansionStep),
    path: pathFrom && pathTo ? { from: pathFrom, to: pathTo } : null,
    edge: params.get("edge") || null,
    camera: cameraParam(params.get("cam")),
    positions: positions && /^[\w.~-]+$/.test(positions) ? positions : null,
  };
}

function expansionStep(value: string): ExpansionStep[] {
  const first = value.indexOf(":");
  const second = value.indexOf(":", first + 1);
  if (first < 0 || second < 0) return [];
  const order = value.slice(0, first);
  const type = value.slice(first + 1, second);
  const id = value.slice(second + 1);
  if ((order !== "evidence" && order !== "recent") || !id) return [];
  if (type && !(RELATION_TYPES as readonly string[]).includes(type)) return [];
  return [{ id, order, ...(type ? { type: type as RelationType } : {}) }];
}

function cameraParam(value: string | null): CameraState | null {
  const parts = value?.split(",").map(Number);
  if (!parts || parts.length !== 3 || parts.some((v) => !Number.isFinite(v)) || parts[2] <= 0) return null;
  return { x: parts[0], y: parts[1], ratio: parts[2] };
}

function ids(values: string[]): string[] {
  return [...new Set(values.filter((v) => v.length > 0 && v.length <= 500))].slice(0, MAX_IDS);
}

/** Null when absent; an explicit empty list (`labels=`) means "none", which is a legitimate choice. */
function listParam(value: string | null, allowed: readonly string[]): string[] | null {
  if (value === null) return null;
  return value
    .split(",")
    .map((v) => v.trim())
    .filter((v) => allowed.includes(v));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((v) => set.has(v));
}
