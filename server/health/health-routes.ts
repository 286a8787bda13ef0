import { Router } from "express";
import { ENDPOINTS } from "../../domain/api";
import { AppContext } from "../context";
import { serveEndpoint } from "../http";
import { checkHealth } from "./health-service";

export function healthRouter({ db, config }: AppContext): Router {
  const router = Router();
  serveEndpoint(router, ENDPOINTS.health, [], () => checkHealth(db, config.NEO4J_CONNECTION_TIMEOUT_MS * 2));
  return router;
}
