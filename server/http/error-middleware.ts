import { ErrorRequestHandler, RequestHandler } from "express";
import { HttpError } from "./http-error";
import { neo4jProblem } from "./neo4j-problem";
import { Problem, sendProblem } from "./problem";

/** body-parser and friends mark their errors with a 4xx `status` and `expose`; their message is safe to show. */
function exposedHttpProblem(error: unknown): Problem | undefined {
  const e = error as { status?: unknown; expose?: unknown; type?: unknown; message?: unknown };
  if (typeof e?.status !== "number" || e.status < 400 || e.status >= 500 || e.expose !== true) return undefined;
  const detail =
    e.type === "entity.too.large" ? "the request body is larger than the server accepts" : String(e.message);
  return { status: e.status, title: e.status === 413 ? "Payload Too Large" : "Bad Request", detail };
}

export function toProblem(error: unknown, requestId: string): Problem {
  if (error instanceof HttpError) return { status: error.status, title: error.title, detail: error.detail };
  // Express's router cannot decode a path like /api/entities/%E0%A4%A and says so with a URIError.
  if (error instanceof URIError)
    return { status: 400, title: "Bad Request", detail: "the path is not valid percent-encoded UTF-8" };
  return (
    neo4jProblem(error) ??
    exposedHttpProblem(error) ?? {
      status: 500,
      title: "Internal Server Error",
      detail: `an unexpected error occurred; the server log has the details under request id ${requestId}`,
    }
  );
}

/** The one place errors become responses: problem documents, never stack traces; 5xx are logged in full. */
export const errorMiddleware: ErrorRequestHandler = (error, req, res, next) => {
  if (res.headersSent) return next(error);
  const problem = toProblem(error, String(req.id ?? ""));
  if (problem.status >= 500) req.log?.error({ err: error }, "request failed");
  sendProblem(res, problem);
};

export const notFoundHandler: RequestHandler = (req, res) => {
  sendProblem(res, { status: 404, title: "Not Found", detail: `no endpoint ${req.method} ${req.path}` });
};
