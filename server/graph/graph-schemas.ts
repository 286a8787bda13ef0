import { z } from "zod";
import { IdSchema, csvList, queryInt } from "../http";
import { GraphFilterQuerySchema } from "./filters";

export const OverviewQuerySchema = GraphFilterQuerySchema.extend({
  limit: queryInt(1, 2000, 150),
});

export const NeighboursQuerySchema = GraphFilterQuerySchema.extend({
  ids: csvList(IdSchema).pipe(z.array(IdSchema).min(1, "give at least one entity id").max(50)),
  hops: z.coerce.number().pipe(z.union([z.literal(1), z.literal(2), z.literal(3)])).default(1),
  limit: queryInt(1, 1000, 50),
  offset: queryInt(0, 1_000_000, 0),
  order: z.enum(["evidence", "recent", "type"]).default("evidence"),
});
