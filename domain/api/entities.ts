import { z } from "zod";
import { RelationTypeSchema } from "../schemas";
import { GraphEdgeSchema, GraphNodeSchema } from "../graph-payload";
import { IdSchema, queryFlag, queryInt } from "./query-values";

export const EntityParamsSchema = z.object({ id: IdSchema });
export const EntityQuerySchema = z.object({
  limit: queryInt(1, 1000, 200),
  /** The entity's rejected relations too (their edges carry `rejected`); hidden by default. */
  includeRejected: queryFlag,
});
export const RelationParamsSchema = z.object({
  id: IdSchema.meta({ description: "the relation's API id, source|TYPE|target (|negated), URL-encoded" }),
});

const nullableString = z.string().nullable();

/** One sentence supporting a relation, with the article it comes from. */
export const EvidenceItemSchema = z.object({
  article: z.string(),
  title: nullableString,
  source: nullableString,
  date: nullableString,
  sentence: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;

export const EntityArticleSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: nullableString,
  date: nullableString,
  mentions: z.number().int(),
});
export type EntityArticle = z.infer<typeof EntityArticleSchema>;

export const EntityRelationSchema = z.object({
  type: RelationTypeSchema,
  direction: z.enum(["out", "in"]),
  edge: GraphEdgeSchema,
  other: GraphNodeSchema,
  evidence: z.array(EvidenceItemSchema),
  evidenceTotal: z.number().int().meta({ description: "evidence items in all; `evidence` holds the newest 20" }),
  articles: z.number().int().meta({ description: "distinct articles supporting the relation" }),
  outlets: z.number().int().meta({ description: "distinct outlets among those articles" }),
});
export type EntityRelation = z.infer<typeof EntityRelationSchema>;

export const EntityDetailSchema = z.object({
  node: GraphNodeSchema,
  articles: z.array(EntityArticleSchema),
  articlesTotal: z
    .number()
    .int()
    .meta({ description: "articles mentioning the entity; `articles` holds the newest `limit`" }),
  relations: z.array(EntityRelationSchema),
  relationsTotal: z
    .number()
    .int()
    .meta({ description: "relations of the entity in all; `relations` holds the best supported `limit` of them" }),
});
export type EntityDetail = z.infer<typeof EntityDetailSchema>;

export const RelationDetailSchema = z.object({
  edge: GraphEdgeSchema,
  source: GraphNodeSchema,
  target: GraphNodeSchema,
  evidence: z.array(EvidenceItemSchema).meta({ description: "every piece of evidence, newest first" }),
  articles: z.number().int().meta({ description: "distinct articles supporting the relation" }),
  outlets: z.array(z.string()).meta({ description: "distinct outlets among those articles, sorted" }),
  singleSource: z.boolean().meta({ description: "reported by one outlet (or none known) only" }),
});
export type RelationDetail = z.infer<typeof RelationDetailSchema>;
