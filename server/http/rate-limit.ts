import { RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import { sendProblem } from "./problem";

/** Per-client limit for the expensive endpoints (Cypher, export); answers 429 as a problem document. */
export function expensiveEndpointLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    handler: (_req, res) => {
      sendProblem(res, {
        status: 429,
        title: "Too Many Requests",
        detail: `at most ${perMinute} requests per minute to this endpoint; try again shortly`,
      });
    },
  });
}
