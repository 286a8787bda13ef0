import { Request, RequestHandler, Response, Router } from "express";
import { z } from "zod";
import { API_BASE, Endpoint } from "../../domain/api";
import { HttpError } from "./http-error";
import { parseInput } from "./validate";

type Parsed<E, K extends string> = E extends { [key in K]: infer S extends z.ZodType } ? z.output<S> : undefined;

/** A request's path values, query and JSON body, parsed with the endpoint's contract schemas. */
export interface EndpointInput<E extends Endpoint> {
  params: Parsed<E, "params">;
  query: Parsed<E, "query">;
  /** Undefined for an endpoint that also takes multipart bodies: its route parses the body by media type. */
  body: E extends { multipart: object } ? undefined : Parsed<E, "body">;
}

/** What the handler answers: the JSON body (sent with the endpoint's success status), or nothing once it has sent a download. */
type Answer<E> = E extends { response: infer S extends z.ZodType } ? z.input<S> : void;

export type EndpointHandler<E extends Endpoint> = (
  input: EndpointInput<E>,
  req: Request,
  res: Response,
) => Answer<E> | Promise<Answer<E>>;

/** The app setting that makes every JSON answer be checked against its contract schema (tests turn it on). */
export const CHECK_RESPONSES = "check responses";

/** The endpoint's path as a router mounted at API_BASE matches it: /api/entities/{id} becomes /entities/:id. */
export function routePath(endpoint: Endpoint): string {
  return endpoint.path.slice(API_BASE.length).replace(/\{(\w+)\}/g, ":$1");
}

function checkAnswer(endpoint: Endpoint, schema: z.ZodType, answer: unknown): void {
  const parsed = schema.safeParse(JSON.parse(JSON.stringify(answer)));
  if (parsed.success) return;
  const issues = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
  throw new HttpError(
    500,
    "Internal Server Error",
    `the answer of ${endpoint.method.toUpperCase()} ${endpoint.path} breaks its contract: ${issues}`,
  );
}

/**
 * Registers an endpoint of the contract on a router: the only way routes are made, so none exists
 * without a contract entry. Guards (write token, rate limit, body parsers) run first, then the input is
 * parsed (a failure is a 400), then the handler.
 */
export function serveEndpoint<E extends Endpoint>(
  router: Router,
  endpoint: E,
  guards: RequestHandler[],
  handler: EndpointHandler<E>,
): void {
  router[endpoint.method](routePath(endpoint), ...guards, async (req: Request, res: Response) => {
    const input = {
      params: endpoint.params ? parseInput(endpoint.params, req.params, "path") : undefined,
      query: endpoint.query ? parseInput(endpoint.query, req.query, "query") : undefined,
      body: endpoint.body && !endpoint.multipart ? parseInput(endpoint.body, req.body, "body") : undefined,
    } as EndpointInput<E>;
    const answer = await handler(input, req, res);
    if (!endpoint.response) return;
    if (req.app.get(CHECK_RESPONSES)) checkAnswer(endpoint, endpoint.response, answer);
    res.status(endpoint.success ?? 200).json(answer);
  });
}
