import { Router } from "express";
import { AppContext } from "../context";
import { parseInput } from "../http";
import { NeighboursQuerySchema, OverviewQuerySchema } from "./graph-schemas";
import { getNeighbours, getOverview, getStats } from "./graph-service";

export function graphRouter({ db }: AppContext): Router {
  const router = Router();
  router.get("/stats", async (_req, res) => {
    res.json(await getStats(db));
  });
  router.get("/graph", async (req, res) => {
    const { limit, ...filters } = parseInput(OverviewQuerySchema, req.query, "query");
    res.json(await getOverview(db, filters, limit));
  });
  router.get("/neighbours", async (req, res) => {
    const { ids, hops, limit, offset, order, ...filters } = parseInput(NeighboursQuerySchema, req.query, "query");
    res.json(await getNeighbours(db, filters, { ids, hops, limit, offset, order }));
  });
  return router;
}
