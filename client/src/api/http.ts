import type { z } from "zod";
import { ProblemSchema } from "./schemas";

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

export function query(params: Record<string, string | number | undefined | readonly string[]>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === "") continue;
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
    response = await fetch(path, { credentials: "same-origin", ...init, headers: { Accept: "application/json", ...init?.headers } });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new NetworkError(`${path}: ${(error as Error).message}`);
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

/** Fetches JSON and parses it with the schema, so the rest of the client only sees validated data. */
export async function fetchJson<T extends z.ZodTypeAny>(schema: T, path: string, init?: RequestInit): Promise<z.infer<T>> {
  const response = await request(path, init);
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

export function postJson<T extends z.ZodTypeAny>(schema: T, path: string, body: unknown, signal?: AbortSignal): Promise<z.infer<T>> {
  return fetchJson(schema, path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), signal });
}

async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => "");
  try {
    const problem = ProblemSchema.safeParse(JSON.parse(text));
    if (problem.success) return new ApiError(response.status, problem.data.title, problem.data.detail);
  } catch {
    // Not JSON: a proxy or a crashed server; fall through to the status line.
  }
  return new ApiError(response.status, response.statusText || `HTTP ${response.status}`, text.slice(0, 200) || undefined);
}
