import { Router } from "express";
import { ENDPOINTS } from "../../domain/api";
import { AppContext } from "../context";
import { requireWriteToken, serveEndpoint } from "../http";
import { createDecision, getDecisions, importDecisions, removeDecision } from "./decisions-service";

export function decisionsRouter({ db, writeToken }: AppContext): Router {
  const router = Router();
  const token = requireWriteToken(writeToken);
  serveEndpoint(router, ENDPOINTS.exportDecisions, [], async (_input, _req, res) => {
    res.attachment("newsgraph-decisions.json");
    return getDecisions(db);
  });
  serveEndpoint(router, ENDPOINTS.decisions, [], () => getDecisions(db));
  serveEndpoint(router, ENDPOINTS.createDecision, [token], ({ body }) => createDecision(db, body));
  serveEndpoint(router, ENDPOINTS.importDecisions, [token], ({ body }) => importDecisions(db, body));
  serveEndpoint(router, ENDPOINTS.undoDecision, [token], ({ params: { id } }) => removeDecision(db, id));
  return router;
}
