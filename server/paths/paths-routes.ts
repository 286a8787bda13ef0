import { Router } from "express";
import { PartialDateSchema } from "../../domain";
import { GraphFilterQuerySchema } from "../graph";
import { AppContext } from "../context";
import { IdSchema, parseInput, queryInt } from "../http";
import { findPaths } from "./paths-service";

/* `from`/`to` name the two entities here, so the date filters are called dateFrom/dateTo on this endpoint. */
export const PathsQuerySchema = GraphFilterQuerySchema.omit({ from: true, to: true }).extend({
  from: IdSchema,
  to: IdSchema,
  dateFrom: PartialDateSchema.optional(),
  dateTo: PartialDateSchema.optional(),
  maxLength: queryInt(1, 6, 4),
  limit: queryInt(1, 20, 5),
});

export function pathsRouter({ db }: AppContext): Router {
  const router = Router();
  router.get("/paths", async (req, res) => {
    const { from, to, maxLength, limit, dateFrom, dateTo, ...filters } = parseInput(PathsQuerySchema, req.query, "query");
    res.json(await findPaths(db, { ...filters, from: dateFrom, to: dateTo }, { from, to, maxLength, limit }));
  });
  return router;
}
