import { ArticleInputSchema } from "../../domain";
import { documentFromText } from "./article-text";
import { InputError } from "./input-error";
import { parseAbsoluteDate } from "../dates";
import type { SourceDocument } from "../types";

function describeIssues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.length ? i.path.map(String).join(".") : "record"}: ${i.message}`).join("; ");
}

function recordsOf(file: string, body: string): { record: unknown; label: string }[] {
  const trimmed = body.trim();
  const jsonLines =
    /\.(jsonl|ndjson)$/i.test(file) ||
    (!trimmed.startsWith("[") && trimmed.split("\n").filter((l) => l.trim()).length > 1 && !isJson(trimmed));
  if (jsonLines) {
    return body.split("\n").flatMap((line, i) => {
      if (!line.trim()) return [];
      try {
        return [{ record: JSON.parse(line), label: `line ${i + 1}` }];
      } catch (e) {
        throw new InputError(file, `invalid JSON on line ${i + 1}: ${(e as Error).message}`);
      }
    });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch (e) {
    throw new InputError(file, `invalid JSON: ${(e as Error).message}`);
  }
  if (Array.isArray(parsed)) return parsed.map((record, i) => ({ record, label: `record ${i}` }));
  return [{ record: parsed, label: "" }];
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** JSON (one article or an array) and JSON Lines; every record must satisfy ArticleInputSchema. */
export function documentsFromJson(file: string, body: string): SourceDocument[] {
  const records = recordsOf(file, body);
  if (!records.length) throw new InputError(file, "no article records in the JSON");
  const many = records.length > 1;
  return records.map(({ record, label }, i) => {
    const parsed = ArticleInputSchema.safeParse(record);
    if (!parsed.success)
      throw new InputError(
        file,
        `${label ? label + ": " : ""}does not match the article schema (${describeIssues(parsed.error)})`,
      );
    const input = parsed.data;
    const name = many ? `${file}#${i + 1}` : file;
    return documentFromText(name, input.text, {
      title: input.title,
      source: input.source,
      date: input.date ? parseAbsoluteDate(input.date)?.date : undefined,
      authors: input.authors,
      url: input.url,
    });
  });
}
