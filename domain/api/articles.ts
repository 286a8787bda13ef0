import { z } from "zod";
import { EntityLabelSchema } from "../schemas";
import { GraphEdgeSchema } from "../graph-payload";
import { IdSchema, queryInt } from "./query-values";

export const ArticleListQuerySchema = z.object({
  limit: queryInt(1, 500, 50),
  offset: queryInt(0, 10_000_000, 0),
  source: z.string().trim().min(1).max(300).optional(),
});
export const ArticleParamsSchema = z.object({ id: IdSchema });

const nullableString = z.string().nullable();

export const ArticleSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  source: nullableString,
  date: nullableString,
  authors: z.array(z.string()),
  url: nullableString,
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export const ArticleListSchema = z.object({ articles: z.array(ArticleSummarySchema), total: z.number().int() });
export type ArticleList = z.infer<typeof ArticleListSchema>;

export const ArticleMentionSchema = z.object({
  entity: z.string(),
  name: z.string(),
  label: EntityLabelSchema,
  start: z.number().int(),
  end: z.number().int(),
});
export type ArticleMention = z.infer<typeof ArticleMentionSchema>;

export const ArticleRelationSchema = z.object({
  edge: GraphEdgeSchema,
  sentence: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type ArticleRelation = z.infer<typeof ArticleRelationSchema>;

export const ArticleDetailSchema = z.object({
  article: ArticleSummarySchema.extend({
    text: nullableString,
    file: nullableString,
    contentHash: nullableString,
    ingestedAt: nullableString,
  }),
  mentions: z.array(ArticleMentionSchema),
  relations: z.array(ArticleRelationSchema),
});
export type ArticleDetail = z.infer<typeof ArticleDetailSchema>;

export const RetractionSchema = z.object({
  removed: z.object({ article: z.number().int(), relations: z.number().int(), entities: z.number().int() }),
});
export type Retraction = z.infer<typeof RetractionSchema>;
