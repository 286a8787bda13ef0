import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import type { ContentType } from "../types";

const CONTENT_TYPE_BY_EXTENSION: Record<string, ContentType> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".json": "json",
  ".jsonl": "json",
  ".ndjson": "json",
};

export function contentTypeOf(path: string): ContentType | undefined {
  return CONTENT_TYPE_BY_EXTENSION[extname(path).toLowerCase()];
}

export interface DiscoveredFile {
  path: string;
  /** Undefined when the extension is unknown: the caller reports it as a failure. */
  contentType?: ContentType;
}

/**
 * Expands folders into every article file below them (sorted, so runs are reproducible). A file
 * named explicitly is always returned, so an unsupported one is reported rather than silently skipped.
 */
export function discoverFiles(paths: string[]): DiscoveredFile[] {
  const found: DiscoveredFile[] = [];
  const visit = (path: string, explicit: boolean): void => {
    const stats = statSync(path);
    if (stats.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (name.startsWith(".")) continue;
        visit(join(path, name), false);
      }
      return;
    }
    const contentType = contentTypeOf(path);
    if (contentType || explicit) found.push({ path, contentType });
  };
  for (const path of paths) visit(path, true);
  return found;
}
