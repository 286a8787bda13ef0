import { Router } from "express";
import { AppContext } from "../context";
import { checkHealth } from "./health-service";

export function healthRouter({ db, config }: AppContext): Router {
  const router = Router();
  router.get("/health", async (_req, res) => {
    res.json(await checkHealth(db, config.NEO4J_CONNECTION_TIMEOUT_MS * 2));
  });
  return router;
}
