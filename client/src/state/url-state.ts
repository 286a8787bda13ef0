import { NODE_LABELS, RELATION_TYPES, type NodeLabel, type RelationType } from "../../../domain";
import { DEFAULT_FILTERS, type Filters } from "../graph/filters";
import type { ColorMode } from "../graph/styling";

/** The part of the view a shared link restores. */
export interface UrlState {
  focus: string | null;
  filters: Filters;
  query: string | null;
  colorMode: ColorMode;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Writes only what differs from the defaults, so a plain link stays plain. */
export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  const { filters } = state;
  if (state.focus) params.set("node", state.focus);
  if (!sameSet(filters.labels, DEFAULT_FILTERS.labels)) params.set("labels", filters.labels.join(","));
  if (!sameSet(filters.types, DEFAULT_FILTERS.types)) params.set("types", filters.types.join(","));
  if (filters.minDegree > 0) params.set("minDegree", String(filters.minDegree));
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.source) params.set("source", filters.source);
  if (filters.article) params.set("article", filters.article);
  if (state.colorMode !== "label") params.set("color", state.colorMode);
  if (state.query) params.set("q", state.query);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Reads a link leniently: anything unknown or malformed falls back to the default rather than failing. */
export function decodeUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const labels = listParam(params.get("labels"), NODE_LABELS) as NodeLabel[] | null;
  const types = listParam(params.get("types"), RELATION_TYPES) as RelationType[] | null;
  const minDegree = Number.parseInt(params.get("minDegree") ?? "", 10);
  const filters: Filters = {
    labels: labels ?? DEFAULT_FILTERS.labels,
    types: types ?? DEFAULT_FILTERS.types,
    minDegree: Number.isFinite(minDegree) && minDegree > 0 ? Math.min(minDegree, 1000) : 0,
  };
  const from = params.get("from");
  const to = params.get("to");
  if (from && DATE.test(from)) filters.from = from;
  if (to && DATE.test(to)) filters.to = to;
  const source = params.get("source")?.trim();
  const article = params.get("article")?.trim();
  if (source) filters.source = source;
  if (article) filters.article = article;
  return {
    focus: params.get("node") || null,
    filters,
    query: params.get("q") || null,
    colorMode: params.get("color") === "community" ? "community" : "label",
  };
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
