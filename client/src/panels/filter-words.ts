import { NODE_LABELS, RELATION_TYPES } from "../../../domain";
import { LABEL_NAMES, relationLabel, type Filters } from "../graph";

/** The filters in words, for the PNG's caption. */
export function describeFilters(filters: Filters): string {
  const parts: string[] = [];
  if (filters.labels.length < NODE_LABELS.length)
    parts.push(`only ${filters.labels.map((l) => LABEL_NAMES[l]).join(", ") || "no types"}`);
  if (filters.types.length < RELATION_TYPES.length)
    parts.push(`relations: ${filters.types.map(relationLabel).join(", ") || "none"}`);
  if (filters.from || filters.to)
    parts.push(`time ${filters.from ?? "…"} – ${filters.to ?? "…"}${filters.keepUndated ? "" : ", undated dropped"}`);
  if (filters.minDegree > 0) parts.push(`at least ${filters.minDegree} relations`);
  if (filters.source) parts.push(`outlet ${filters.source}`);
  if (filters.article) parts.push(`article ${filters.article}`);
  if (filters.includeRejected) parts.push("rejected relations shown");
  return parts.length > 0 ? parts.join("; ") : "none";
}
