import { Router } from "express";
import { AppContext } from "../context";
import { docsRouter } from "./docs-page";
import { openApiDocument } from "./openapi-document";

const API_VERSION = "1.0.0";

export function openApiRouter(_context: AppContext): Router {
  const router = Router();
  const document = openApiDocument(API_VERSION);
  router.get("/openapi.json", (_req, res) => {
    res.json(document);
  });
  router.use(docsRouter());
  return router;
}
