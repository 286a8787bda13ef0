import { z } from "zod";

/** A comma-separated list in a query string ("a,b"), each item checked by `item`. */
export function csvList<T extends z.ZodType<string, string>>(item: T) {
  return z
    .string()
    .meta({ description: "comma-separated list" })
    .transform((value) =>
      value
        .split(",")
        .map((part) => part.trim())
        .filter((part) => part.length > 0),
    )
    .pipe(z.array(item).max(200));
}

/** An integer in a query string, within bounds, with a default. */
export function queryInt(min: number, max: number, fallback: number) {
  return z.coerce.number().int().min(min).max(max).default(fallback);
}

/** A path or query id: entity and article ids are short printable strings. */
export const IdSchema = z.string().trim().min(1).max(500);

/** A yes/no query value: `true`/`false` (also 1/0, yes/no, on/off); absent is `false`. */
export const queryFlag = z.stringbool().default(false);
