import { z } from "zod";
import { GraphPayloadSchema } from "../graph-payload";
import {
  ArticleDetailSchema,
  ArticleListQuerySchema,
  ArticleListSchema,
  ArticleParamsSchema,
  RetractionSchema,
} from "./articles";
import { CypherRequestSchema, CypherResponseSchema } from "./cypher";
import { DecisionDraftSchema } from "../decisions";
import {
  DecisionAnswerSchema,
  DecisionImportResultSchema,
  DecisionListSchema,
  DecisionParamsSchema,
  DuplicateSuggestionsQuerySchema,
  DuplicateSuggestionsSchema,
} from "./decisions";
import {
  EntityDetailSchema,
  EntityParamsSchema,
  EntityQuerySchema,
  RelationDetailSchema,
  RelationParamsSchema,
} from "./entities";
import { ExportRequestSchema } from "./export";
import { NeighboursQuerySchema, OverviewQuerySchema, StatsSchema } from "./graph";
import { HealthSchema } from "./health";
import { PathsQuerySchema, PathsResponseSchema } from "./paths";
import { SearchQuerySchema, SearchResponseSchema } from "./search";
import { IngestAcceptedSchema, IngestJobSchema, IngestJsonSchema, JobParamsSchema } from "./uploads";

/** Where the API lives; every endpoint path starts with it. */
export const API_BASE = "/api";

/** The error statuses an endpoint may answer with a problem document, besides 500. */
export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503;

/** One endpoint of the API: what it takes and what it answers. Routes, OpenAPI document and client all read it. */
export interface Endpoint {
  method: "get" | "post" | "delete";
  /** OpenAPI style: path values as {name}. */
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** A JSON body. */
  body?: z.ZodType;
  /** A multipart/form-data body besides the JSON one: its files and text fields (parsed by the route, as the media type decides). */
  multipart?: { files: string; fields: Record<string, string> };
  /** The success status when it is not 200. */
  success?: number;
  /** The JSON answer on success. */
  response?: z.ZodType;
  /** For downloads: the media types the endpoint may send instead of JSON. */
  download?: readonly string[];
  /** A write endpoint: it asks for the write token. */
  auth?: boolean;
  errors: readonly ProblemStatus[];
}

export const ENDPOINTS = {
  health: {
    method: "get",
    path: "/api/health",
    summary: "Is Neo4j reachable, and which version answers",
    response: HealthSchema,
    errors: [503],
  },
  stats: {
    method: "get",
    path: "/api/stats",
    summary: "Counts of nodes by label and relations by type, articles, event date range",
    response: StatsSchema,
    errors: [503],
  },
  overview: {
    method: "get",
    path: "/api/graph",
    summary: "The most connected entities and the relations among them",
    query: OverviewQuerySchema,
    response: GraphPayloadSchema,
    errors: [400, 503],
  },
  entity: {
    method: "get",
    path: "/api/entities/{id}",
    summary: "One entity with its articles and relations (with evidence)",
    params: EntityParamsSchema,
    query: EntityQuerySchema,
    response: EntityDetailSchema,
    errors: [400, 404, 503],
  },
  relation: {
    method: "get",
    path: "/api/relations/{id}",
    summary: "One relation with both ends, every evidence sentence, its articles and outlets",
    params: RelationParamsSchema,
    response: RelationDetailSchema,
    errors: [400, 404, 503],
  },
  neighbours: {
    method: "get",
    path: "/api/neighbours",
    summary: "Neighbours of entities within 1-3 hops, ranked and paged",
    query: NeighboursQuerySchema,
    response: GraphPayloadSchema,
    errors: [400, 404, 503],
  },
  search: {
    method: "get",
    path: "/api/search",
    summary: "Typo-tolerant full-text search over names and aliases",
    query: SearchQuerySchema,
    response: SearchResponseSchema,
    errors: [400, 503],
  },
  paths: {
    method: "get",
    path: "/api/paths",
    summary: "Shortest paths between two entities",
    query: PathsQuerySchema,
    response: PathsResponseSchema,
    errors: [400, 404, 503],
  },
  articles: {
    method: "get",
    path: "/api/articles",
    summary: "Articles, newest first",
    query: ArticleListQuerySchema,
    response: ArticleListSchema,
    errors: [400, 503],
  },
  article: {
    method: "get",
    path: "/api/articles/{id}",
    summary: "One article with text, mentions and relations (offsets into the text)",
    params: ArticleParamsSchema,
    response: ArticleDetailSchema,
    errors: [400, 404, 503],
  },
  retractArticle: {
    method: "delete",
    path: "/api/articles/{id}",
    summary: "Retract an article and the evidence it gave",
    params: ArticleParamsSchema,
    response: RetractionSchema,
    auth: true,
    errors: [400, 401, 403, 404, 503],
  },
  cypher: {
    method: "post",
    path: "/api/cypher",
    summary: "Run a read-only Cypher query: a table and the graph found in it",
    body: CypherRequestSchema,
    response: CypherResponseSchema,
    errors: [400, 403, 415, 429, 503],
  },
  export: {
    method: "post",
    path: "/api/export",
    summary: "Download a subgraph as GEXF, GraphML, graphology JSON, CSV (zip), a Cypher script or PLOVER JSON Lines",
    body: ExportRequestSchema,
    download: [
      "application/gexf+xml",
      "application/graphml+xml",
      "application/json",
      "application/zip",
      "application/x-cypher-query",
      "application/x-ndjson",
    ],
    errors: [400, 403, 415, 429, 503],
  },
  ingest: {
    method: "post",
    path: "/api/ingest",
    summary:
      "Upload articles as a job: JSON {articles:[...], replace?} or multipart files; answers 202 with the job (Location: /api/ingest/{job})",
    body: IngestJsonSchema,
    multipart: {
      files: "the article files (.txt, .md, .html, .json, .jsonl), in a field named files",
      fields: { replace: "true to replace stored articles with the same id (the default, false, skips them)" },
    },
    response: IngestAcceptedSchema,
    success: 202,
    auth: true,
    errors: [400, 401, 403, 413, 415, 429, 503],
  },
  ingestJob: {
    method: "get",
    path: "/api/ingest/{job}",
    summary: "An ingest job: status, progress, each file's outcome, and the summary once done",
    params: JobParamsSchema,
    response: IngestJobSchema,
    errors: [404],
  },
  cancelIngestJob: {
    method: "delete",
    path: "/api/ingest/{job}",
    summary: "Cancel an ingest job that is queued or extracting (nothing of it is written)",
    params: JobParamsSchema,
    response: IngestAcceptedSchema,
    auth: true,
    errors: [401, 403, 404, 409],
  },
  decisions: {
    method: "get",
    path: "/api/decisions",
    summary: "The analysts' decisions (merge, split, rename, retype, reject, confirm, add, dismiss), newest first",
    response: DecisionListSchema,
    errors: [503],
  },
  createDecision: {
    method: "post",
    path: "/api/decisions",
    summary: "Make a decision: stored, applied to the graph at once and by every later ingest",
    body: DecisionDraftSchema,
    response: DecisionAnswerSchema,
    success: 201,
    auth: true,
    errors: [400, 401, 403, 404, 415, 503],
  },
  undoDecision: {
    method: "delete",
    path: "/api/decisions/{id}",
    summary: "Undo a decision: it is deleted and the graph it changed is put back",
    params: DecisionParamsSchema,
    response: DecisionAnswerSchema,
    auth: true,
    errors: [400, 401, 403, 404, 503],
  },
  exportDecisions: {
    method: "get",
    path: "/api/decisions/export",
    summary: "Download every decision as a JSON file, for another database's import",
    response: DecisionListSchema,
    errors: [503],
  },
  importDecisions: {
    method: "post",
    path: "/api/decisions/import",
    summary: "Import an exported decisions file: each decision not stored yet (by id) is stored and applied",
    body: DecisionListSchema,
    response: DecisionImportResultSchema,
    auth: true,
    errors: [400, 401, 403, 415, 503],
  },
  duplicateSuggestions: {
    method: "get",
    path: "/api/suggestions/duplicates",
    summary: "Possible duplicates: entity pairs of one label with similar names, shared aliases or shared neighbours",
    query: DuplicateSuggestionsQuerySchema,
    response: DuplicateSuggestionsSchema,
    errors: [400, 503],
  },
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof ENDPOINTS;
