import type { ArticleInput } from "../../../domain";
import {
  ENDPOINTS,
  type DecisionList,
  type ExportFormat,
  type IngestJob,
  type SearchResult,
} from "../../../domain/api";
import { call, type CallRequest } from "./http";

type OverviewQuery = CallRequest<typeof ENDPOINTS.overview>["query"];

/** The filters every graph endpoint shares, as the client sends them (a flag left out is off). */
export type ServerFilters = Omit<OverviewQuery, "limit">;

type NeighboursQuery = CallRequest<typeof ENDPOINTS.neighbours>["query"];

/** A decision as the explorer asks for it (the note may be left out). */
export type DecisionRequest = CallRequest<typeof ENDPOINTS.createDecision>["body"];

/** An article as the upload sends it (domain ArticleInputSchema). */
export type ArticleUpload = ArticleInput;

/** The body of an export request, as the contract types it. */
export type ExportBody = CallRequest<typeof ENDPOINTS.export>["body"];

export const api = {
  health: () => call(ENDPOINTS.health, {}),
  stats: () => call(ENDPOINTS.stats, {}),
  overview: (limit: number, filters: ServerFilters = {}) => call(ENDPOINTS.overview, { query: { limit, ...filters } }),
  entity: (id: string, includeRejected = false) =>
    call(ENDPOINTS.entity, { params: { id }, query: { includeRejected } }),
  neighbours: (ids: readonly string[], options: Omit<NeighboursQuery, "ids">) =>
    call(ENDPOINTS.neighbours, { query: { ids: [...ids], hops: 1, order: "evidence", ...options } }),
  search: async (q: string, limit = 10): Promise<SearchResult[]> =>
    (await call(ENDPOINTS.search, { query: { q, limit } })).results,
  paths: (from: string, to: string, includeRejected = false, maxLength = 4, limit = 5) =>
    call(ENDPOINTS.paths, { query: { from, to, maxLength, limit, includeRejected } }),
  articles: (limit = 50, offset = 0, source?: string) => call(ENDPOINTS.articles, { query: { limit, offset, source } }),
  article: (id: string) => call(ENDPOINTS.article, { params: { id } }),
  relation: (id: string) => call(ENDPOINTS.relation, { params: { id } }),
  cypher: (queryText: string, params: Record<string, unknown> = {}, signal?: AbortSignal) =>
    call(ENDPOINTS.cypher, { body: { query: queryText, params }, signal }),
  /** Starts an ingest job: pasted articles as JSON, or files as multipart/form-data (field `files`). */
  ingest: async (input: { articles: ArticleUpload[] } | { files: File[] }, replace: boolean): Promise<IngestJob> => {
    if ("files" in input) {
      const form = new FormData();
      for (const file of input.files) form.append("files", file, file.name);
      if (replace) form.append("replace", "true");
      return (await call(ENDPOINTS.ingest, { form })).job;
    }
    return (await call(ENDPOINTS.ingest, { body: { articles: input.articles, replace } })).job;
  },
  ingestJob: (id: string, signal?: AbortSignal) => call(ENDPOINTS.ingestJob, { params: { job: id }, signal }),
  decisions: async () => (await call(ENDPOINTS.decisions, {})).decisions,
  decide: async (draft: DecisionRequest) => (await call(ENDPOINTS.createDecision, { body: draft })).decision,
  undoDecision: async (id: string) => (await call(ENDPOINTS.undoDecision, { params: { id } })).decision,
  exportDecisions: () => call(ENDPOINTS.exportDecisions, {}),
  importDecisions: (file: DecisionList) => call(ENDPOINTS.importDecisions, { body: file }),
  duplicates: async (limit = 30) => (await call(ENDPOINTS.duplicateSuggestions, { query: { limit } })).suggestions,
  /** The file as the server names it (Content-Disposition), ready to hand to the browser. */
  export: async (body: ExportBody): Promise<{ blob: Blob; fileName: string }> => {
    const response = await call(ENDPOINTS.export, { body });
    return {
      blob: await response.blob(),
      fileName: fileNameFrom(response.headers.get("Content-Disposition"), body.format),
    };
  },
};

export function fileNameFrom(disposition: string | null, format: ExportFormat): string {
  const match = disposition?.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i);
  if (match) return decodeURIComponent(match[1]);
  return `newsgraph.${format === "csv" ? "zip" : format === "plover" ? "jsonl" : format}`;
}
