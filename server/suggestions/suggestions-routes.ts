import { Router } from "express";
import { ENDPOINTS } from "../../domain/api";
import { AppContext } from "../context";
import { serveEndpoint } from "../http";
import { suggestDuplicates } from "./suggestions-service";

/** What the analysts might correct next: possible duplicates. */
export function suggestionsRouter({ db }: AppContext): Router {
  const router = Router();
  serveEndpoint(router, ENDPOINTS.duplicateSuggestions, [], ({ query }) => suggestDuplicates(db, query));
  return router;
}
