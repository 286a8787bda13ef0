import { randomUUID } from "node:crypto";
import { IncomingMessage } from "node:http";
import pino, { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { Config } from "../../config";

export function createLogger(config: Config): Logger {
  return pino({ level: config.LOG_LEVEL, base: { service: "newsgraph-server" } });
}

const REQUEST_ID = /^[\w.:-]{1,100}$/;

/** Reuses a sane incoming X-Request-Id so logs join up across proxies; otherwise a fresh one. */
function requestId(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * Request logs carry method, path, status and timing only: never bodies (articles, user queries) and
 * never the Authorization header.
 */
export function httpLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = requestId(req);
      res.setHeader("X-Request-Id", id);
      return id;
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url.split("?")[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info",
  });
}
