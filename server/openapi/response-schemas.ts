import { z } from "zod";
import { EntityLabelSchema, GraphEdgeSchema, GraphNodeSchema, GraphPayloadSchema, NodeLabelSchema, RelationTypeSchema } from "../../domain";

/*
 * The response shapes of docs/api.md as zod schemas: the OpenAPI document is generated from them, and
 * the contract test validates real responses against them, so code, document and docs stay in step.
 */

export const ProblemSchema = z.object({
  status: z.number().int(),
  title: z.string(),
  detail: z.string(),
});

export const HealthSchema = z.object({
  status: z.literal("ok"),
  neo4j: z.literal("up"),
  version: z.string(),
  database: z.string(),
});

export const StatsSchema = z.object({
  nodes: z.record(NodeLabelSchema, z.number().int()),
  relations: z.record(RelationTypeSchema, z.number().int()),
  articles: z.number().int(),
  eventDates: z.object({ min: z.string().nullable(), max: z.string().nullable() }),
});

const nullableString = z.string().nullable();

const EvidenceItemSchema = z.object({
  article: z.string(),
  title: nullableString,
  source: nullableString,
  date: nullableString,
  sentence: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});

export const EntityDetailSchema = z.object({
  node: GraphNodeSchema,
  articles: z.array(z.object({ id: z.string(), title: z.string(), source: nullableString, date: nullableString, mentions: z.number().int() })),
  articlesTotal: z.number().int().meta({ description: "articles mentioning the entity; `articles` holds the newest `limit`" }),
  relations: z.array(
    z.object({
      type: RelationTypeSchema,
      direction: z.enum(["out", "in"]),
      edge: GraphEdgeSchema,
      other: GraphNodeSchema,
      evidence: z.array(EvidenceItemSchema),
      evidenceTotal: z.number().int().meta({ description: "evidence items in all; `evidence` holds the newest 20" }),
      articles: z.number().int().meta({ description: "distinct articles supporting the relation" }),
      outlets: z.number().int().meta({ description: "distinct outlets among those articles" }),
    }),
  ),
  relationsTotal: z.number().int().meta({ description: "relations of the entity in all; `relations` holds the best supported `limit` of them" }),
});

export const RelationDetailSchema = z.object({
  edge: GraphEdgeSchema,
  source: GraphNodeSchema,
  target: GraphNodeSchema,
  evidence: z.array(EvidenceItemSchema).meta({ description: "every piece of evidence, newest first" }),
  articles: z.number().int().meta({ description: "distinct articles supporting the relation" }),
  outlets: z.array(z.string()).meta({ description: "distinct outlets among those articles, sorted" }),
  singleSource: z.boolean().meta({ description: "reported by one outlet (or none known) only" }),
});

export const SearchResponseSchema = z.object({
  results: z.array(z.object({ id: z.string(), name: z.string(), label: EntityLabelSchema, aliases: z.array(z.string()), score: z.number() })),
});

export const PathsResponseSchema = GraphPayloadSchema.extend({
  paths: z.array(z.array(z.string())).meta({ description: "each path as the ids of its nodes, shortest first" }),
});

const ArticleSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  source: nullableString,
  date: nullableString,
  authors: z.array(z.string()),
  url: nullableString,
});

export const ArticleListSchema = z.object({ articles: z.array(ArticleSummarySchema), total: z.number().int() });

export const ArticleDetailSchema = z.object({
  article: ArticleSummarySchema.extend({ text: nullableString, file: nullableString, contentHash: nullableString, ingestedAt: nullableString }),
  mentions: z.array(z.object({ entity: z.string(), name: z.string(), label: EntityLabelSchema, start: z.number().int(), end: z.number().int() })),
  relations: z.array(z.object({ edge: GraphEdgeSchema, sentence: z.string(), start: z.number().int(), end: z.number().int() })),
});

export const RetractionSchema = z.object({
  removed: z.object({ article: z.number().int(), relations: z.number().int(), entities: z.number().int() }),
});

export const CypherResponseSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())).meta({ description: "one array per row, aligned with columns" }),
  graph: GraphPayloadSchema,
  truncated: z.boolean().meta({ description: "true when the result had more rows than rowLimit and was cut" }),
  rowLimit: z.number().int(),
});

/** An ingest job as GET /api/ingest/:job answers it (server/uploads/upload-jobs.ts JobView). */
export const IngestJobSchema = z.object({
  id: z.string(),
  status: z.enum(["queued", "running", "done", "failed", "cancelled"]),
  total: z.number().int().meta({ description: "documents: the files uploaded, then each article of a file holding several, once read" }),
  done: z.number().int(),
  files: z.array(
    z.object({
      name: z.string(),
      status: z.enum(["pending", "done", "failed", "skipped"]),
      reason: z.string().optional().meta({ description: "why it failed or was skipped (e.g. already stored and replace not set)" }),
      articleId: z.string().optional(),
      replaced: z.boolean().optional().meta({ description: "true when it replaced an article already stored" }),
    }),
  ),
  summary: z
    .object({ articles: z.number().int(), entities: z.number().int(), relations: z.number().int(), skipped: z.number().int() })
    .optional()
    .meta({ description: "what was written, once done" }),
  error: z.string().optional(),
  createdAt: z.string(),
  finishedAt: z.string().optional(),
});

export const IngestAcceptedSchema = z.object({ job: IngestJobSchema });

export { GraphPayloadSchema };
