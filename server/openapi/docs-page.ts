import path from "node:path";
import express, { Router } from "express";

/** swagger-ui-dist's own files, served from node_modules: no CDN. */
const SWAGGER_UI_DIR = path.dirname(require.resolve("swagger-ui-dist/package.json"));

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Newsgraph API</title><link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>`;

/* A script file rather than an inline one, so the page works under the strict Content-Security-Policy. */
const INIT = `window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui" });`;

export function docsRouter(): Router {
  const router = Router();
  router.get(["/docs", "/docs/"], (_req, res) => {
    res.type("html").send(PAGE);
  });
  router.get("/docs/init.js", (_req, res) => {
    res.type("application/javascript").send(INIT);
  });
  router.use("/docs", express.static(SWAGGER_UI_DIR, { index: false }));
  return router;
}
