import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { decodeText } from "./decode";
import { discoverFiles } from "./discover";
import { documentFromHtml } from "./html";
import { InputError } from "./input-error";
import { documentsFromJson } from "./json-input";
import { documentFromMarkdown } from "./markdown";
import { documentFromText } from "./article-text";
import type { ContentType, InputFailure, NamedInput, SourceDocument } from "../types";

export { articleId, sha256 } from "./article-id";
export { InputError } from "./input-error";
export { discoverFiles } from "./discover";

export interface LoadedSources {
  documents: SourceDocument[];
  failures: InputFailure[];
}

const MIN_BODY_CHARS = 20;

/** Parses one input of a known content type into documents; throws InputError when it cannot. */
export async function parseInput(name: string, contentType: ContentType, body: string): Promise<SourceDocument[]> {
  if (body.trim() === "") throw new InputError(name, "empty file");
  const docs =
    contentType === "html"
      ? [await documentFromHtml(name, body)]
      : contentType === "markdown"
        ? [documentFromMarkdown(name, body)]
        : contentType === "json"
          ? documentsFromJson(name, body)
          : [documentFromText(name, body)];
  for (const doc of docs) {
    if (doc.text.trim().length < MIN_BODY_CHARS)
      throw new InputError(doc.file, "no article text left after removing the header and page furniture");
  }
  return docs;
}

function collect(failures: InputFailure[], file: string, error: unknown): void {
  if (error instanceof InputError) failures.push({ file: error.file, reason: error.reason });
  else failures.push({ file, reason: (error as Error).message ?? String(error) });
}

export async function loadInputs(inputs: NamedInput[]): Promise<LoadedSources> {
  const documents: SourceDocument[] = [];
  const failures: InputFailure[] = [];
  for (const input of inputs) {
    try {
      documents.push(...(await parseInput(input.name, input.contentType, input.body)));
    } catch (error) {
      collect(failures, input.name, error);
    }
  }
  return { documents, failures };
}

/** Reads files and folders; a bad file becomes a failure and the others are still read. */
export async function loadPaths(paths: string[]): Promise<LoadedSources> {
  const documents: SourceDocument[] = [];
  const failures: InputFailure[] = [];
  let files: ReturnType<typeof discoverFiles> = [];
  for (const path of paths) {
    try {
      files = files.concat(discoverFiles([path]));
    } catch (error) {
      failures.push({
        file: path,
        reason:
          (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or folder" : (error as Error).message,
      });
    }
  }
  for (const { path, contentType } of files) {
    const name = basename(path);
    try {
      if (!contentType) throw new InputError(name, "unsupported file type, expected .txt, .md, .html, .json or .jsonl");
      const text = decodeText(name, readFileSync(path));
      documents.push(...(await parseInput(name, contentType, text)));
    } catch (error) {
      collect(failures, name, error);
    }
  }
  return { documents, failures };
}
