import { z } from "zod";
import { badRequest } from "./http-error";

type Where = "query" | "body" | "path";

/** Parses request input with a zod schema; a failure is the caller's mistake, reported as one 400 with every issue. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: Where): z.output<S> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => {
    const at = [where, ...issue.path.map(String)].join(".");
    return `${at}: ${issue.message}`;
  });
  throw badRequest(issues.join("; "));
}
