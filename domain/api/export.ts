import { z } from "zod";
import { CypherParamsSchema, MAX_QUERY_LENGTH } from "./cypher";
import { IdSchema } from "./query-values";

export const EXPORT_FORMATS = ["gexf", "graphml", "json", "csv", "cypher", "plover"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One way to choose the subgraph: node ids (optionally expanded by hops), a read-only query, or neither (all). */
export const ExportRequestSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    ids: z.array(IdSchema).min(1).max(5000).optional(),
    hops: z.number().int().min(0).max(3).default(0),
    withRelations: z.boolean().default(true),
    query: z.string().trim().min(1).max(MAX_QUERY_LENGTH).optional(),
    params: CypherParamsSchema.default({}),
    /** Relations an analyst rejected too, with their `rejected` flags; left out by default. */
    includeRejected: z.boolean().default(false),
  })
  .refine((r) => !(r.ids && r.query), { message: "give either ids or a query, not both", path: ["query"] })
  .refine((r) => r.hops === 0 || r.ids, { message: "hops expands from ids; give ids too", path: ["hops"] });
export type ExportRequest = z.infer<typeof ExportRequestSchema>;
