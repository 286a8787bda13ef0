import { Router } from "express";
import { GraphFilterQuerySchema } from "../graph";
import { AppContext } from "../context";
import { IdSchema, parseInput, queryInt } from "../http";
import { findPaths } from "./paths-service";

export const PathsQuerySchema = GraphFilterQuerySchema.extend({
  from: IdSchema,
  to: IdSchema,
  maxLength: queryInt(1, 6, 4),
  limit: queryInt(1, 20, 5),
});

export function pathsRouter({ db }: AppContext): Router {
  const router = Router();
  router.get("/paths", async (req, res) => {
    const { from, to, maxLength, limit, ...filters } = parseInput(PathsQuerySchema, req.query, "query");
    res.json(await findPaths(db, filters, { from, to, maxLength, limit }));
  });
  return router;
}
