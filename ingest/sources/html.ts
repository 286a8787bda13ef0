import { Readability } from "@mozilla/readability";
import type { parseHTML as ParseHtml } from "linkedom";
import { documentFromText } from "./article-text";
import { InputError } from "./input-error";
import { parseByline } from "./metadata";
import { parseAbsoluteDate } from "../dates";
import type { SourceDocument } from "../types";

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td";
const MIN_ARTICLE_CHARS = 80;

type HtmlDocument = ReturnType<typeof ParseHtml>["document"];

function meta(document: HtmlDocument, ...names: string[]): string | undefined {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = el?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return undefined;
}

/** The article's blocks as lines, so paragraphs stay paragraphs. */
function blockLines(parseHTML: typeof ParseHtml, html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const lines = blocks.map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim()).filter(Boolean);
  return lines.length ? lines : [(document.body?.textContent ?? "").trim()];
}

/** linkedom is loaded on first use: it pulls in ES modules that only some runtimes can require. */
export async function documentFromHtml(file: string, html: string): Promise<SourceDocument> {
  const { parseHTML } = await import("linkedom");
  const { document } = parseHTML(html);
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta(document, "og:url");
  const publishedRaw =
    meta(document, "article:published_time", "datePublished", "date", "pubdate") ??
    document.querySelector("time[datetime]")?.getAttribute("datetime") ??
    undefined;
  const siteName = meta(document, "og:site_name", "application-name");
  const metaAuthor = meta(document, "author", "article:author");
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: MIN_ARTICLE_CHARS,
  }).parse();
  const text = article?.content ? blockLines(parseHTML, article.content).join("\n\n") : "";
  if (!article || text.trim().length < MIN_ARTICLE_CHARS)
    throw new InputError(file, "HTML without an article (no readable body text found)");
  const byline = article.byline ?? metaAuthor;
  return documentFromText(file, text, {
    title: article.title?.trim() || undefined,
    source: siteName ?? article.siteName ?? undefined,
    date: publishedRaw ? parseAbsoluteDate(publishedRaw)?.date : undefined,
    authors: byline ? parseByline(byline) : undefined,
    url: url ?? undefined,
  });
}
