import { z } from "zod";
import { PartialDateSchema } from "../schemas";
import { GraphPayloadSchema } from "../graph-payload";
import { GraphFilterQuerySchema } from "./graph";
import { IdSchema, queryInt } from "./query-values";

/* `from`/`to` name the two entities here, so the date filters are called dateFrom/dateTo on this endpoint. */
export const PathsQuerySchema = GraphFilterQuerySchema.omit({ from: true, to: true }).extend({
  from: IdSchema,
  to: IdSchema,
  dateFrom: PartialDateSchema.optional(),
  dateTo: PartialDateSchema.optional(),
  maxLength: queryInt(1, 6, 4),
  limit: queryInt(1, 20, 5),
});

export const PathsResponseSchema = GraphPayloadSchema.extend({
  paths: z.array(z.array(z.string())).meta({ description: "each path as the ids of its nodes, shortest first" }),
});
export type PathsResponse = z.infer<typeof PathsResponseSchema>;
