import { z } from "zod";
import { EntityLabelSchema, NodeLabelSchema, PartialDateSchema, RelationTypeSchema } from "../schemas";
import { IdSchema, csvList, queryFlag, queryInt } from "./query-values";

export const StatsSchema = z.object({
  nodes: z.record(NodeLabelSchema, z.number().int()),
  relations: z.record(RelationTypeSchema, z.number().int()),
  articles: z.number().int(),
  eventDates: z.object({ min: z.string().nullable(), max: z.string().nullable() }),
});
export type Stats = z.infer<typeof StatsSchema>;

/** The filters every graph endpoint accepts (docs/api.md): labels, types, article, source (outlet), from/to. */
export const GraphFilterQuerySchema = z.object({
  labels: csvList(EntityLabelSchema).optional(),
  types: csvList(RelationTypeSchema.exclude(["MENTIONED_IN"])).optional(),
  article: z.string().trim().min(1).max(500).optional(),
  source: z.string().trim().min(1).max(300).optional(),
  from: PartialDateSchema.optional(),
  to: PartialDateSchema.optional(),
  /** Show relations an analyst rejected too (their edges carry `rejected`); they are hidden by default. */
  includeRejected: queryFlag,
});
export type GraphFilterQuery = z.infer<typeof GraphFilterQuerySchema>;

export const OverviewQuerySchema = GraphFilterQuerySchema.extend({
  limit: queryInt(1, 2000, 150),
});

export const NEIGHBOUR_ORDERS = ["evidence", "recent", "type"] as const;
export type NeighbourOrder = (typeof NEIGHBOUR_ORDERS)[number];

export const NeighboursQuerySchema = GraphFilterQuerySchema.extend({
  ids: csvList(IdSchema).pipe(z.array(IdSchema).min(1, "give at least one entity id").max(50)),
  hops: z.coerce
    .number()
    .pipe(z.union([z.literal(1), z.literal(2), z.literal(3)]))
    .default(1),
  limit: queryInt(1, 1000, 50),
  offset: queryInt(0, 1_000_000, 0),
  order: z.enum(NEIGHBOUR_ORDERS).default("evidence"),
});
