import { Router } from "express";
import { ENDPOINTS } from "../../domain/api";
import { AppContext } from "../context";
import { expensiveEndpointLimit, serveEndpoint } from "../http";
import { exportSubgraph } from "./export-service";

export function exportRouter({ db, config, readOnlyStatements, consoleGate }: AppContext): Router {
  const router = Router();
  serveEndpoint(
    router,
    ENDPOINTS.export,
    [expensiveEndpointLimit(config.RATE_LIMIT_PER_MINUTE)],
    async ({ body: request }, _req, res) => {
      const file = await exportSubgraph({ db, readOnly: readOnlyStatements, gate: consoleGate }, request, {
        timeoutMs: config.CYPHER_TIMEOUT_MS,
        maxRows: config.CYPHER_MAX_ROWS,
        maxNodes: config.EXPORT_MAX_NODES,
      });
      const stamp = new Date().toISOString().slice(0, 10);
      res
        .attachment(`newsgraph-${stamp}.${file.extension}`)
        .type(file.contentType)
        .send(typeof file.body === "string" ? file.body : Buffer.from(file.body));
    },
  );
  return router;
}
