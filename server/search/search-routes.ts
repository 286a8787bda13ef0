import { Router } from "express";
import { ENDPOINTS } from "../../domain/api";
import { AppContext } from "../context";
import { serveEndpoint } from "../http";
import { search } from "./search-service";

export function searchRouter({ db }: AppContext): Router {
  const router = Router();
  serveEndpoint(router, ENDPOINTS.search, [], ({ query: { q, limit, labels } }) => search(db, q, limit, labels));
  return router;
}
