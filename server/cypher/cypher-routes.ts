import { Router } from "express";
import { z } from "zod";
import { AppContext } from "../context";
import { expensiveEndpointLimit, jsonShapeProblem, parseInput } from "../http";
import { MAX_QUERY_LENGTH } from "./cypher-guard";
import { runCypher } from "./cypher-service";

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

export function cypherRouter({ db, config, readOnlyStatements, consoleGate }: AppContext): Router {
  const router = Router();
  router.post("/cypher", expensiveEndpointLimit(config.RATE_LIMIT_PER_MINUTE), async (req, res) => {
    const { query, params } = parseInput(CypherRequestSchema, req.body, "body");
    const context = { db, readOnly: readOnlyStatements, gate: consoleGate };
    res.json(await runCypher(context, query, params, { timeoutMs: config.CYPHER_TIMEOUT_MS, maxRows: config.CYPHER_MAX_ROWS }));
  });
  return router;
}
