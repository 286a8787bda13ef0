import { Router } from "express";
import { ENDPOINTS } from "../../domain/api";
import { AppContext } from "../context";
import { serveEndpoint } from "../http";
import { findPaths } from "./paths-service";

export function pathsRouter({ db }: AppContext): Router {
  const router = Router();
  serveEndpoint(
    router,
    ENDPOINTS.paths,
    [],
    ({ query: { from, to, maxLength, limit, dateFrom, dateTo, ...filters } }) =>
      findPaths(db, { ...filters, from: dateFrom, to: dateTo }, { from, to, maxLength, limit }),
  );
  return router;
}
