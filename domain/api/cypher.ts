import { z } from "zod";
import { GraphPayloadSchema } from "../graph-payload";
import { jsonShapeProblem } from "./json-shape";

/** Characters of query text the console takes (the server's guard bounds it the same). */
export const MAX_QUERY_LENGTH = 20_000;

/** Parameters Neo4j and the driver can take without recursing deep: the driver packs values recursively. */
export const PARAMS_BOUNDS = { maxDepth: 10, maxValues: 100_000 };

export const CypherParamsSchema = z
  .record(z.string().regex(/^\w+$/, "parameter names are letters, digits and _"), z.unknown())
  .superRefine((params, ctx) => {
    const problem = jsonShapeProblem(params, PARAMS_BOUNDS);
    if (problem) ctx.addIssue({ code: "custom", message: `parameters may not ${problem}` });
  });

export const CypherRequestSchema = z.object({
  query: z.string().trim().min(1, "give a query").max(MAX_QUERY_LENGTH),
  params: CypherParamsSchema.default({}),
});

export const CypherResponseSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())).meta({ description: "one array per row, aligned with columns" }),
  graph: GraphPayloadSchema,
  truncated: z.boolean().meta({ description: "true when the result had more rows than rowLimit and was cut" }),
  rowLimit: z.number().int(),
});
export type CypherResponse = z.infer<typeof CypherResponseSchema>;
