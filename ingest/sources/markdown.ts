import { parse } from "yaml";
import { documentFromText, KnownMetadata } from "./article-text";
import type { SourceDocument } from "../types";

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

function frontMatter(text: string): { known: KnownMetadata; rest: string } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { known: {}, rest: text };
  const data = (parse(m[1]) ?? {}) as Record<string, unknown>;
  const str = (v: unknown): string | undefined =>
    typeof v === "string" || typeof v === "number"
      ? String(v)
      : v instanceof Date
        ? v.toISOString().slice(0, 10)
        : undefined;
  const authors = data.authors ?? data.author;
  return {
    known: {
      title: str(data.title),
      source: str(data.source ?? data.outlet),
      date: str(data.date),
      url: str(data.url),
      authors: Array.isArray(authors) ? authors.map(String) : typeof authors === "string" ? [authors] : undefined,
    },
    rest: text.slice(m[0].length),
  };
}

/** Markdown syntax off, text kept: headings, emphasis, links, images, quotes, list markers. */
export function markdownToPlain(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, "")
        .replace(/^\s{0,3}>\s?/, "")
        .replace(/^\s*(?:[-*+]|\d+\.)\s+/, "")
        .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
        .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
        .replace(/(\*\*|__)(.+?)\1/g, "$2")
        .replace(/(^|[^\w*])[*_]([^*_]+)[*_](?=[^\w*]|$)/g, "$1$2")
        .replace(/`([^`]+)`/g, "$1"),
    )
    .filter((line) => !/^\s*([-*_])\1{2,}\s*$/.test(line))
    .join("\n");
}

export function documentFromMarkdown(file: string, markdown: string): SourceDocument {
  const { known, rest } = frontMatter(markdown.replace(/\r\n?/g, "\n"));
  const clean = (v?: string): string | undefined => (v ? v.trim() : undefined);
  return documentFromText(file, markdownToPlain(rest), { ...known, title: clean(known.title) });
}
