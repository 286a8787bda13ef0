import { Router } from "express";
import { ENDPOINTS } from "../../domain/api";
import { AppContext } from "../context";
import { serveEndpoint } from "../http";
import { getNeighbours, getOverview, getStats } from "./graph-service";

export function graphRouter({ db }: AppContext): Router {
  const router = Router();
  serveEndpoint(router, ENDPOINTS.stats, [], () => getStats(db));
  serveEndpoint(router, ENDPOINTS.overview, [], ({ query: { limit, ...filters } }) => getOverview(db, filters, limit));
  serveEndpoint(router, ENDPOINTS.neighbours, [], ({ query: { ids, hops, limit, offset, order, ...filters } }) =>
    getNeighbours(db, filters, { ids, hops, limit, offset, order }),
  );
  return router;
}
