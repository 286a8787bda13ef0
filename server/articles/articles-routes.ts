import { Router } from "express";
import { ENDPOINTS } from "../../domain/api";
import { AppContext } from "../context";
import { requireWriteToken, serveEndpoint } from "../http";
import { getArticle, getArticles, retract } from "./articles-service";

export function articlesRouter({ db, writeToken }: AppContext): Router {
  const router = Router();
  serveEndpoint(router, ENDPOINTS.articles, [], ({ query: { limit, offset, source } }) =>
    getArticles(db, source, limit, offset),
  );
  serveEndpoint(router, ENDPOINTS.article, [], ({ params: { id } }) => getArticle(db, id));
  serveEndpoint(router, ENDPOINTS.retractArticle, [requireWriteToken(writeToken)], ({ params: { id } }) =>
    retract(db, id),
  );
  return router;
}
