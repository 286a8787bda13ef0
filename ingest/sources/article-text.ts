import { knownOutlet } from "../dictionaries/outlets";
import { removeBoilerplate } from "./boilerplate";
import { parseByline, readHeader } from "./metadata";
import type { SourceDocument } from "../types";

export interface KnownMetadata {
  title?: string;
  source?: string;
  date?: string;
  authors?: string[];
  url?: string;
}

/** Joins cleaned lines into paragraphs separated by blank lines, the form every offset points into. */
export function joinParagraphs(lines: string[]): string {
  return lines
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}

const MORE_FROM = /^more from\s+(.+)$/i;

/** The title or byline repeated at the top of a body whose metadata came separately (HTML, JSON). */
function repeatsMetadata(line: string, known: KnownMetadata): boolean {
  if (!line) return false;
  if (known.title && line === known.title.trim()) return true;
  return /^by\s+/i.test(line) && parseByline(line) !== undefined;
}

/**
 * Builds a document from article text whose header (outlet, date, title, byline) may be inline;
 * metadata already known (from JSON fields or HTML meta tags) wins over what the text says.
 */
export function documentFromText(file: string, rawText: string, known: KnownMetadata = {}): SourceDocument {
  const lines = rawText.replace(/\r\n?/g, "\n").split("\n");
  // A title handed over separately means the text is the body alone.
  const header = known.title ? { ...readHeader([]), bodyStart: 0 } : readHeader(lines);
  const authors = known.authors?.length ? known.authors : header.authors;
  const afterHeader = [...header.standfirst, "", ...lines.slice(header.bodyStart)].filter(
    (line, i) => i > 8 || !repeatsMetadata(line.trim(), known),
  );
  const body = removeBoilerplate(afterHeader, { authors });
  const teaser = lines.map((l) => MORE_FROM.exec(l.trim())).find(Boolean);
  const teaserOutlet = teaser ? (knownOutlet(teaser[1]) ?? teaser[1].trim()) : undefined;
  let text = joinParagraphs(body);
  // A document of a single line (a wire sentence, a note) is all body: its one line is also its title.
  if (!text && header.title) text = joinParagraphs(removeBoilerplate([header.title], { authors }));
  return {
    file,
    title: known.title ?? header.title ?? file,
    source: known.source ?? header.source ?? teaserOutlet,
    date: known.date ?? header.date,
    authors,
    url: known.url,
    text,
  };
}
