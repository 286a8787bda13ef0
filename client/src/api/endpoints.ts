import { GraphPayloadSchema, type GraphPayload } from "../../../domain";
import { fetchJson, postJson, query, request } from "./http";
import {
  ArticleDetailSchema,
  ArticleListSchema,
  CypherResultSchema,
  EntityDetailSchema,
  HealthSchema,
  PathsPayloadSchema,
  SearchResponseSchema,
  StatsSchema,
  type ArticleDetail,
  type ArticleList,
  type CypherResult,
  type EntityDetail,
  type ExportFormat,
  type Health,
  type PathsPayload,
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
  cypher: (queryText: string, params: Record<string, unknown> = {}): Promise<CypherResult> =>
    postJson(CypherResultSchema, "/api/cypher", { query: queryText, params }),
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
  return `newsgraph.${format === "csv" ? "zip" : format === "cypher" ? "cypher" : format}`;
}
