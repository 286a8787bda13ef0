import { parseAbsoluteDate } from "../dates";
import { isFurnitureLine } from "./boilerplate";
import { knownOutlet } from "../dictionaries/outlets";

/** What the top of an article says about itself. */
export interface HeaderMetadata {
  title?: string;
  source?: string;
  date?: string;
  authors: string[];
  /** Lines between the title and the byline: the standfirst, which is reporting too. */
  standfirst: string[];
  /** Index of the first line after the header. */
  bodyStart: number;
}

const SOURCE_LINE = /^(?:source|outlet|publication|published by)\s*:\s*(.+)$/i;
const NAME = "[A-Z][\\p{L}'’.-]+(?:\\s+(?:[A-Z][\\p{L}'’.-]+|van|von|de|al-[\\p{L}-]+|bin|ibn)){1,3}";
const AUTHOR = new RegExp(`^(${NAME})(?:\\s+in\\s+[A-Z][\\p{L}. ]+)?$`, "u");
const MAX_HEADER_LINES = 12;

/** "By Felicia Schwartz in Washington and Andrew England in London" -> the two names; undefined if not a byline. */
export function parseByline(line: string): string[] | undefined {
  const text = line.trim().replace(/^by\s+/i, "");
  if (!text || text.length > 160 || /[.!?:;"“”]$/.test(text)) return undefined;
  const parts = text.split(/\s*,\s*|\s+and\s+|\s*&\s*/);
  const names: string[] = [];
  for (const part of parts) {
    const m = AUTHOR.exec(part.trim());
    if (!m) return undefined;
    names.push(m[1]);
  }
  return names.length ? names : undefined;
}

/** A line that only carries a date, possibly beside a section name ("Forever Wars / March 20, 2024"). */
export function parseDateLine(line: string): string | undefined {
  if (line.length > 80) return undefined;
  const found = parseAbsoluteDate(line);
  if (!found) return undefined;
  const rest = line
    .replace(found.matched, " ")
    .replace(/\b(published|updated|on)\b/gi, " ")
    .replace(/[|/·•,–—-]/g, " ")
    .trim();
  return rest.split(/\s+/).filter(Boolean).length <= 4 ? found.date : undefined;
}

const looksLikeBody = (line: string): boolean =>
  line.length > 220 || (/[.!?"”]$/.test(line) && line.split(/\s+/).length > 30);

/**
 * Reads the header lines (outlet, date, title, byline) of a plain-text article. The first line that is
 * none of the metadata kinds is the title; a line between the title and the byline is the standfirst.
 */
export function readHeader(lines: string[]): HeaderMetadata {
  const meta: HeaderMetadata = { authors: [], standfirst: [], bodyStart: 0 };
  let i = 0;
  let titleIndex = -1;
  for (; i < lines.length && i < MAX_HEADER_LINES; i++) {
    const line = lines[i].trim();
    if (!line || isFurnitureLine(line)) continue;
    if (looksLikeBody(line)) break;
    const sourceMatch = SOURCE_LINE.exec(line);
    if (sourceMatch && !meta.source) {
      meta.source = knownOutlet(sourceMatch[1]) ?? sourceMatch[1].trim();
      continue;
    }
    const outlet = knownOutlet(line);
    if (outlet && !meta.source && titleIndex < 0) {
      meta.source = outlet;
      continue;
    }
    const date = parseDateLine(line);
    if (date && !meta.date) {
      meta.date = date;
      continue;
    }
    if (titleIndex < 0) {
      titleIndex = i;
      meta.title = line;
      continue;
    }
    const authors = parseByline(line);
    if (authors) {
      meta.authors = authors;
      meta.bodyStart = i + 1;
      return meta;
    }
    meta.standfirst.push(line);
  }
  // Without a byline, the body starts right after the title.
  meta.standfirst = [];
  meta.bodyStart = titleIndex >= 0 ? titleIndex + 1 : 0;
  return meta;
}
