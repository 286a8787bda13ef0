import { Router } from "express";
import { z } from "zod";
import { EntityLabelSchema } from "../../domain";
import { AppContext } from "../context";
import { csvList, parseInput, queryInt } from "../http";
import { search } from "./search-service";

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1, "give a search text").max(200),
  limit: queryInt(1, 100, 10),
  labels: csvList(EntityLabelSchema).optional(),
});

export function searchRouter({ db }: AppContext): Router {
  const router = Router();
  router.get("/search", async (req, res) => {
    const { q, limit, labels } = parseInput(SearchQuerySchema, req.query, "query");
    res.json(await search(db, q, limit, labels));
  });
  return router;
}
