import { createHash } from "node:crypto";
import type { SourceDocument } from "../types";

export const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * Stable for the same document even when its text changes: from the URL if there is one, else the
 * file name, else outlet + title + date.
 */
export function articleId(doc: Pick<SourceDocument, "url" | "file" | "source" | "title" | "date">): string {
  const basis = doc.url
    ? `url:${doc.url.trim()}`
    : doc.file
      ? `file:${doc.file}`
      : `meta:${doc.source ?? ""}|${doc.title}|${doc.date ?? ""}`;
  return `article:${sha256(basis).slice(0, 16)}`;
}
