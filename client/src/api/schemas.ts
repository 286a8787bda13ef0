import { z } from "zod";
import { GraphEdgeSchema, GraphNodeSchema, GraphPayloadSchema, NodeLabelSchema, RelationTypeSchema } from "../../../domain";

/**
 * Response shapes of docs/api.md, composed from the domain schemas. Objects stay open (zod strips unknown
 * keys, it does not reject them) so the server can add fields without breaking the explorer.
 */

const optionalText = z.string().nullish();

export const ProblemSchema = z.object({ status: z.number(), title: z.string(), detail: z.string().optional() });
export type Problem = z.infer<typeof ProblemSchema>;

export const HealthSchema = z.object({ status: z.string(), neo4j: z.string(), version: z.string().optional() });
export type Health = z.infer<typeof HealthSchema>;

export const StatsSchema = z.object({
  nodes: z.record(z.string(), z.number()),
  relations: z.record(z.string(), z.number()),
  articles: z.number(),
  eventDates: z.object({ min: optionalText, max: optionalText }).nullish(),
});
export type Stats = z.infer<typeof StatsSchema>;

export const ArticleRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: optionalText,
  date: optionalText,
  mentions: z.number().optional(),
});
export type ArticleRef = z.infer<typeof ArticleRefSchema>;

export const EvidenceItemSchema = z.object({
  article: z.string(),
  title: optionalText,
  source: optionalText,
  date: optionalText,
  sentence: z.string(),
  start: z.number().optional(),
  end: z.number().optional(),
});
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;

export const EntityRelationSchema = z.object({
  type: RelationTypeSchema,
  direction: z.enum(["out", "in"]),
  edge: GraphEdgeSchema,
  other: GraphNodeSchema,
  evidence: z.array(EvidenceItemSchema),
  evidenceTotal: z.number().optional(),
  articles: z.number().optional(),
  outlets: z.number(),
});
export type EntityRelation = z.infer<typeof EntityRelationSchema>;

export const EntityDetailSchema = z.object({
  node: GraphNodeSchema,
  articles: z.array(ArticleRefSchema),
  articlesTotal: z.number().optional(),
  relations: z.array(EntityRelationSchema),
  relationsTotal: z.number().optional(),
});
export type EntityDetail = z.infer<typeof EntityDetailSchema>;

export const SearchResultSchema = z.object({
  id: z.string(),
  name: z.string(),
  label: NodeLabelSchema,
  aliases: z.array(z.string()).default([]),
  score: z.number(),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;
export const SearchResponseSchema = z.object({ results: z.array(SearchResultSchema) });

export const PathsPayloadSchema = GraphPayloadSchema.extend({ paths: z.array(z.array(z.string())) });
export type PathsPayload = z.infer<typeof PathsPayloadSchema>;

export const ArticleSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  source: optionalText,
  date: optionalText,
  authors: z.array(z.string()).nullish(),
  url: optionalText,
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;
export const ArticleListSchema = z.object({ articles: z.array(ArticleSummarySchema), total: z.number() });
export type ArticleList = z.infer<typeof ArticleListSchema>;

export const ArticleDetailSchema = z.object({
  article: ArticleSummarySchema.extend({ text: z.string().nullish() }),
  mentions: z.array(z.object({ entity: z.string(), name: z.string(), label: NodeLabelSchema, start: z.number(), end: z.number() })),
  relations: z.array(z.object({ edge: GraphEdgeSchema, sentence: z.string(), start: z.number(), end: z.number() })),
});
export type ArticleDetail = z.infer<typeof ArticleDetailSchema>;

export const CypherResultSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.unknown()),
  graph: GraphPayloadSchema,
  truncated: z.boolean(),
  rowLimit: z.number(),
});
export type CypherResult = z.infer<typeof CypherResultSchema>;

/** One relation with every piece of evidence (GET /api/relations/:id). */
export const RelationDetailSchema = z.object({
  edge: GraphEdgeSchema,
  source: GraphNodeSchema,
  target: GraphNodeSchema,
  evidence: z.array(EvidenceItemSchema),
  articles: z.number(),
  outlets: z.array(z.string()),
  singleSource: z.boolean(),
});
export type RelationDetail = z.infer<typeof RelationDetailSchema>;

/** An upload being ingested on the server (POST /api/ingest answers 202 with it, GET /api/ingest/:id follows it). */
export const IngestJobSchema = z.object({
  id: z.string(),
  status: z.enum(["queued", "running", "done", "failed", "cancelled"]),
  total: z.number().default(0),
  done: z.number().default(0),
  files: z
    .array(
      z.object({
        name: z.string(),
        status: z.enum(["pending", "done", "failed", "skipped"]),
        reason: z.string().nullish(),
        articleId: z.string().nullish(),
        replaced: z.boolean().nullish(),
      }),
    )
    .default([]),
  summary: z.object({ articles: z.number(), entities: z.number(), relations: z.number(), skipped: z.number() }).nullish(),
  error: z.string().nullish(),
});
export type IngestJob = z.infer<typeof IngestJobSchema>;
export const IngestAcceptedSchema = z.object({ job: IngestJobSchema });

export const EXPORT_FORMATS = ["gexf", "graphml", "json", "csv", "cypher", "plover"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
