import { Router } from "express";
import { z } from "zod";
import { AppContext } from "../context";
import { expensiveEndpointLimit, parseInput } from "../http";
import { MAX_QUERY_LENGTH } from "./cypher-guard";
import { runCypher } from "./cypher-service";

export const CypherParamsSchema = z.record(z.string().regex(/^\w+$/, "parameter names are letters, digits and _"), z.unknown());

export const CypherRequestSchema = z.object({
  query: z.string().trim().min(1, "give a query").max(MAX_QUERY_LENGTH),
  params: CypherParamsSchema.default({}),
});

export function cypherRouter({ db, config, readOnlyStatements }: AppContext): Router {
  const router = Router();
  router.post("/cypher", expensiveEndpointLimit(config.RATE_LIMIT_PER_MINUTE), async (req, res) => {
    const { query, params } = parseInput(CypherRequestSchema, req.body, "body");
    res.json(await runCypher(db, readOnlyStatements, query, params, { timeoutMs: config.CYPHER_TIMEOUT_MS, maxRows: config.CYPHER_MAX_ROWS }));
  });
  return router;
}
