import { Router } from "express";
import { z } from "zod";
import { AppContext } from "../context";
import { IdSchema, parseInput, queryInt, requireWriteToken } from "../http";
import { getArticle, getArticles, retract } from "./articles-service";

export const ArticleListQuerySchema = z.object({
  limit: queryInt(1, 500, 50),
  offset: queryInt(0, 10_000_000, 0),
  source: z.string().trim().min(1).max(300).optional(),
});
export const ArticleParamsSchema = z.object({ id: IdSchema });

export function articlesRouter({ db, writeToken }: AppContext): Router {
  const router = Router();
  router.get("/articles", async (req, res) => {
    const { limit, offset, source } = parseInput(ArticleListQuerySchema, req.query, "query");
    res.json(await getArticles(db, source, limit, offset));
  });
  router.get("/articles/:id", async (req, res) => {
    const { id } = parseInput(ArticleParamsSchema, req.params, "path");
    res.json(await getArticle(db, id));
  });
  router.delete("/articles/:id", requireWriteToken(writeToken), async (req, res) => {
    const { id } = parseInput(ArticleParamsSchema, req.params, "path");
    res.json(await retract(db, id));
  });
  return router;
}
