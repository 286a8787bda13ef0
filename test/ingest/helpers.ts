import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadDictionary } from "../../ingest/data/dictionary";
import { loadLexicon } from "../../ingest/data/lexicon";
import { createExtractor, extractArticle, Extractor } from "../../ingest/extract";
import type { FoundRelation } from "../../ingest/types";

/** A fresh folder holding the given files (name -> content). */
export function folderWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-ingest-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

let extractor: Extractor | undefined;

/** The relations found in a short text, as "Source TYPE Target" lines ("(negated)" appended when negated). */
export function relationsIn(text: string, date = "2024-03-14"): string[] {
  extractor ??= createExtractor(loadDictionary(), loadLexicon());
  const findings = extractArticle({ file: "example.txt", title: "Example", authors: [], text, date }, extractor);
  return findings.relations.map(describe);
}

export function findingsIn(text: string, date = "2024-03-14"): ReturnType<typeof extractArticle> {
  extractor ??= createExtractor(loadDictionary(), loadLexicon());
  return extractArticle({ file: "example.txt", title: "Example", authors: [], text, date }, extractor);
}

const describe = (r: FoundRelation): string => `${r.source.name} ${r.type} ${r.target.name}${r.negated ? " (negated)" : ""}`;
