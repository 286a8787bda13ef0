import type { z } from "zod";
import { ProblemSchema, type Endpoint } from "../../../domain/api";

/** The server answered with a problem document (or at least an error status). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
  ) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = "ApiError";
  }
}

/** The server could not be reached at all, or answered with something that is not our API. */
export class NetworkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NetworkError";
  }
}

type QueryValue = string | number | boolean | undefined | readonly string[];

/** Absent, empty and `false` values are left out: a flag's default is off, so plain requests stay plain. */
export function query(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === "" || value === false) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(","));
    } else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export async function request(path: string, init?: RequestInit): Promise<Response> {
  let response: Response;
  try {
    // Same-origin only: the write token travels as an httpOnly cookie the server sets with the page.
    response = await fetch(path, {
      credentials: "same-origin",
      ...init,
      headers: { Accept: "application/json", ...init?.headers },
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new NetworkError(`${path}: ${(error as Error).message}`);
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

/*
 * A request as the caller gives it, typed from the endpoint's contract schemas: path values and JSON
 * bodies as they are sent; query values as the server reads them (lists, numbers), which `query` writes
 * as the query string the schema parses back.
 */
type QueryValues<S extends z.ZodObject> = {
  [K in keyof z.input<S>]: K extends keyof z.output<S> ? z.output<S>[K] : never;
};
type ParamsPart<E> = E extends { params: infer S extends z.ZodType } ? { params: z.input<S> } : unknown;
type QueryPart<E> = E extends { query: infer S extends z.ZodObject } ? { query: QueryValues<S> } : unknown;
type BodyPart<E> = E extends { body: infer S extends z.ZodType }
  ? E extends { multipart: object }
    ? { body: z.input<S> } | { form: FormData }
    : { body: z.input<S> }
  : unknown;

export type CallRequest<E extends Endpoint> = ParamsPart<E> & QueryPart<E> & BodyPart<E> & { signal?: AbortSignal };

/** The validated JSON answer, or for a download the response itself. */
export type CallAnswer<E extends Endpoint> = E extends { response: infer S extends z.ZodType } ? z.output<S> : Response;

interface AnyRequest {
  params?: Record<string, string>;
  query?: Record<string, QueryValue>;
  body?: unknown;
  form?: FormData;
  signal?: AbortSignal;
}

function pathOf(endpoint: Endpoint, { params = {}, query: values = {} }: AnyRequest): string {
  return endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name])) + query(values);
}

function initOf(endpoint: Endpoint, { body, form, signal }: AnyRequest): RequestInit {
  const init: RequestInit = endpoint.method === "get" ? {} : { method: endpoint.method.toUpperCase() };
  const accept: Record<string, string> = endpoint.download ? { Accept: "*/*" } : {};
  if (form) return { ...init, headers: accept, body: form, signal };
  if (body !== undefined)
    return { ...init, headers: { "Content-Type": "application/json", ...accept }, body: JSON.stringify(body), signal };
  return signal ? { ...init, signal } : init;
}

/** Calls an endpoint of the contract and validates its answer with the contract's schema, so the rest of the client only sees checked data. */
export async function call<E extends Endpoint>(endpoint: E, input: CallRequest<E>): Promise<CallAnswer<E>> {
  const given = input as AnyRequest;
  const path = pathOf(endpoint, given);
  const response = await request(path, initOf(endpoint, given));
  if (!endpoint.response) return response as CallAnswer<E>;
  return (await parseJson(endpoint.response, path, response)) as CallAnswer<E>;
}

async function parseJson<T extends z.ZodType>(schema: T, path: string, response: Response): Promise<z.output<T>> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new NetworkError(`${path}: expected JSON from the server`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new NetworkError(`${path}: unexpected response, ${issue.path.join(".")} ${issue.message}`);
  }
  return parsed.data;
}

async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => "");
  try {
    const problem = ProblemSchema.safeParse(JSON.parse(text));
    if (problem.success) return new ApiError(response.status, problem.data.title, problem.data.detail);
  } catch {
    // Not JSON: a proxy or a crashed server; fall through to the status line.
  }
  return new ApiError(
    response.status,
    response.statusText || `HTTP ${response.status}`,
    text.slice(0, 200) || undefined,
  );
}
