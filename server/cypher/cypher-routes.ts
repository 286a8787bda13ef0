import { Router } from "express";
import { ENDPOINTS } from "../../domain/api";
import { AppContext } from "../context";
import { expensiveEndpointLimit, serveEndpoint } from "../http";
import { runCypher } from "./cypher-service";

export function cypherRouter({ db, config, readOnlyStatements, consoleGate }: AppContext): Router {
  const router = Router();
  serveEndpoint(
    router,
    ENDPOINTS.cypher,
    [expensiveEndpointLimit(config.RATE_LIMIT_PER_MINUTE)],
    ({ body: { query, params } }) => {
      const context = { db, readOnly: readOnlyStatements, gate: consoleGate };
      return runCypher(context, query, params, {
        timeoutMs: config.CYPHER_TIMEOUT_MS,
        maxRows: config.CYPHER_MAX_ROWS,
      });
    },
  );
  return router;
}
