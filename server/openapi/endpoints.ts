import { z } from "zod";
import { ArticleListQuerySchema, ArticleParamsSchema } from "../articles/articles-routes";
import { CypherRequestSchema } from "../cypher/cypher-routes";
import { EntityParamsSchema, EntityQuerySchema, RelationParamsSchema } from "../entities/entity-routes";
import { ExportRequestSchema } from "../export/export-schemas";
import { NeighboursQuerySchema, OverviewQuerySchema } from "../graph/graph-schemas";
import { IngestJsonSchema, IngestQuerySchema } from "../ingest/ingest-schemas";
import { PathsQuerySchema } from "../paths/paths-routes";
import { SearchQuerySchema } from "../search/search-routes";
import {
  ArticleDetailSchema,
  ArticleListSchema,
  CypherResponseSchema,
  EntityDetailSchema,
  GraphPayloadSchema,
  HealthSchema,
  IngestResponseSchema,
  PathsResponseSchema,
  RelationDetailSchema,
  RetractionSchema,
  SearchResponseSchema,
  StatsSchema,
} from "./response-schemas";

/** One endpoint as the OpenAPI document describes it; the schemas are the ones the routes validate with. */
export interface EndpointDoc {
  method: "get" | "post" | "delete";
  path: string;
  summary: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  body?: z.ZodType;
  /** Extra request media types with a plain string body. */
  textBody?: string[];
  response?: z.ZodType;
  /** For downloads: the media types the endpoint may send. */
  download?: string[];
  auth?: boolean;
  errors: number[];
}

export const ENDPOINTS: EndpointDoc[] = [
  { method: "get", path: "/api/health", summary: "Is Neo4j reachable, and which version answers", response: HealthSchema, errors: [503] },
  { method: "get", path: "/api/stats", summary: "Counts of nodes by label and relations by type, articles, event date range", response: StatsSchema, errors: [503] },
  { method: "get", path: "/api/graph", summary: "The most connected entities and the relations among them", query: OverviewQuerySchema, response: GraphPayloadSchema, errors: [400, 503] },
  { method: "get", path: "/api/entities/{id}", summary: "One entity with its articles and relations (with evidence)", params: EntityParamsSchema, query: EntityQuerySchema, response: EntityDetailSchema, errors: [400, 404, 503] },
  { method: "get", path: "/api/relations/{id}", summary: "One relation with both ends, every evidence sentence, its articles and outlets", params: RelationParamsSchema, response: RelationDetailSchema, errors: [400, 404, 503] },
  { method: "get", path: "/api/neighbours", summary: "Neighbours of entities within 1-3 hops, ranked and paged", query: NeighboursQuerySchema, response: GraphPayloadSchema, errors: [400, 404, 503] },
  { method: "get", path: "/api/search", summary: "Typo-tolerant full-text search over names and aliases", query: SearchQuerySchema, response: SearchResponseSchema, errors: [400, 503] },
  { method: "get", path: "/api/paths", summary: "Shortest paths between two entities", query: PathsQuerySchema, response: PathsResponseSchema, errors: [400, 404, 503] },
  { method: "get", path: "/api/articles", summary: "Articles, newest first", query: ArticleListQuerySchema, response: ArticleListSchema, errors: [400, 503] },
  { method: "get", path: "/api/articles/{id}", summary: "One article with text, mentions and relations (offsets into the text)", params: ArticleParamsSchema, response: ArticleDetailSchema, errors: [400, 404, 503] },
  { method: "delete", path: "/api/articles/{id}", summary: "Retract an article and the evidence it gave", params: ArticleParamsSchema, response: RetractionSchema, auth: true, errors: [400, 401, 404, 503] },
  { method: "post", path: "/api/cypher", summary: "Run a read-only Cypher query: a table and the graph found in it", body: CypherRequestSchema, response: CypherResponseSchema, errors: [400, 429, 503] },
  {
    method: "post",
    path: "/api/export",
    summary: "Download a subgraph as GEXF, GraphML, graphology JSON, CSV (zip), a Cypher script or PLOVER JSON Lines",
    body: ExportRequestSchema,
    download: ["application/gexf+xml", "application/graphml+xml", "application/json", "application/zip", "application/x-cypher-query", "application/x-ndjson"],
    errors: [400, 429, 503],
  },
  {
    method: "post",
    path: "/api/ingest",
    summary: "Upload articles: JSON {articles:[...]} or one text, Markdown or HTML document",
    body: IngestJsonSchema,
    textBody: ["text/plain", "text/markdown", "text/html"],
    query: IngestQuerySchema,
    response: IngestResponseSchema,
    auth: true,
    errors: [400, 401, 413, 415, 503],
  },
];
