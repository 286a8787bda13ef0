import { GraphPayloadSchema, type GraphPayload } from "../../../domain";
import { fetchJson, postJson, query, request } from "./http";
import {
  ArticleDetailSchema,
  ArticleListSchema,
  CypherResultSchema,
  EntityDetailSchema,
  HealthSchema,
  IngestAcceptedSchema,
  IngestJobSchema,
  PathsPayloadSchema,
  RelationDetailSchema,
  SearchResponseSchema,
  StatsSchema,
  type ArticleDetail,
  type ArticleList,
  type CypherResult,
  type EntityDetail,
  type ExportFormat,
  type Health,
  type IngestJob,
  type PathsPayload,
  type RelationDetail,
  type SearchResult,
  type Stats,
} from "./schemas";

/** The filters every graph endpoint shares (docs/api.md). */
export interface ServerFilters {
  labels?: readonly string[];
  types?: readonly string[];
  article?: string;
  source?: string;
  from?: string;
  to?: string;
}

export type NeighbourOrder = "evidence" | "recent" | "type";

/** An article as the upload sends it (domain ArticleInputSchema). */
export interface ArticleUpload {
  title?: string;
  source?: string;
  date?: string;
  url?: string;
  authors?: string[];
  text: string;
}

const enc = encodeURIComponent;

export const api = {
  health: (): Promise<Health> => fetchJson(HealthSchema, "/api/health"),
  stats: (): Promise<Stats> => fetchJson(StatsSchema, "/api/stats"),
  overview: (limit: number, filters: ServerFilters = {}): Promise<GraphPayload> =>
    fetchJson(GraphPayloadSchema, `/api/graph${query({ limit, ...filters })}`),
  entity: (id: string): Promise<EntityDetail> => fetchJson(EntityDetailSchema, `/api/entities/${enc(id)}`),
  neighbours: (
    ids: readonly string[],
    options: { limit: number; offset?: number; order?: NeighbourOrder; hops?: number } & ServerFilters,
  ): Promise<GraphPayload> => fetchJson(GraphPayloadSchema, `/api/neighbours${query({ ids, hops: 1, order: "evidence", ...options })}`),
  search: async (q: string, limit = 10): Promise<SearchResult[]> =>
    (await fetchJson(SearchResponseSchema, `/api/search${query({ q, limit })}`)).results,
  paths: (from: string, to: string, maxLength = 4, limit = 5): Promise<PathsPayload> =>
    fetchJson(PathsPayloadSchema, `/api/paths${query({ from, to, maxLength, limit })}`),
  articles: (limit = 50, offset = 0, source?: string): Promise<ArticleList> =>
    fetchJson(ArticleListSchema, `/api/articles${query({ limit, offset, source })}`),
  article: (id: string): Promise<ArticleDetail> => fetchJson(ArticleDetailSchema, `/api/articles/${enc(id)}`),
  relation: (id: string): Promise<RelationDetail> => fetchJson(RelationDetailSchema, `/api/relations/${enc(id)}`),
  cypher: (queryText: string, params: Record<string, unknown> = {}, signal?: AbortSignal): Promise<CypherResult> =>
    postJson(CypherResultSchema, "/api/cypher", { query: queryText, params }, signal),
  /** Starts an ingest job: pasted articles as JSON, or files as multipart/form-data (field `files`). */
  ingest: async (input: { articles: ArticleUpload[] } | { files: File[] }, replace: boolean): Promise<IngestJob> => {
    let init: RequestInit;
    if ("files" in input) {
      const form = new FormData();
      for (const file of input.files) form.append("files", file, file.name);
      if (replace) form.append("replace", "true");
      init = { method: "POST", body: form };
    } else {
      init = { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ articles: input.articles, replace }) };
    }
    return (await fetchJson(IngestAcceptedSchema, "/api/ingest", init)).job;
  },
  ingestJob: (id: string, signal?: AbortSignal): Promise<IngestJob> => fetchJson(IngestJobSchema, `/api/ingest/${enc(id)}`, { signal }),
  /** The file as the server names it (Content-Disposition), ready to hand to the browser. */
  export: async (body: { format: ExportFormat; ids?: string[]; hops?: number; withRelations?: boolean; query?: string }): Promise<{ blob: Blob; fileName: string }> => {
    const response = await request("/api/export", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "*/*" },
      body: JSON.stringify(body),
    });
    return { blob: await response.blob(), fileName: fileNameFrom(response.headers.get("Content-Disposition"), body.format) };
  },
};

export function fileNameFrom(disposition: string | null, format: string): string {
  const match = disposition?.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i);
  if (match) return decodeURIComponent(match[1]);
  return `newsgraph.${format === "csv" ? "zip" : format === "plover" ? "jsonl" : format}`;
}
