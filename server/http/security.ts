import cors from "cors";
import { RequestHandler } from "express";
import helmet from "helmet";

/**
 * Helmet's defaults plus what the explorer needs: the force layout runs in a worker built from a blob URL
 * and image export draws to blob/data URLs. Everything else stays same-origin (no CDN anywhere).
 * No upgrade-insecure-requests: a server reached over plain HTTP on a LAN or in Docker must still load.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        "worker-src": ["'self'", "blob:"],
        "img-src": ["'self'", "data:", "blob:"],
        "upgrade-insecure-requests": null,
      },
    },
  });
}

/** CORS stays off unless CORS_ORIGIN names the allowed origins (comma-separated, or "*"). */
export function corsPolicy(origin: string | undefined): RequestHandler | undefined {
  if (!origin) return undefined;
  const origins = origin
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean);
  return cors({
    origin: origins.includes("*") ? "*" : origins,
    exposedHeaders: ["Content-Disposition", "X-Request-Id"],
  });
}
