import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { DATA_DIR } from "./data-dir";

let cache: Map<string, string> | undefined;

/** Lower-cased spelling -> canonical outlet name. */
function outletIndex(): Map<string, string> {
  if (cache) return cache;
  const groups = parse(readFileSync(join(DATA_DIR, "outlets.yaml"), "utf8")) as string[][];
  cache = new Map();
  for (const names of groups) for (const name of names) cache.set(name.toLowerCase(), names[0]);
  return cache;
}

export function knownOutlet(text: string): string | undefined {
  return outletIndex().get(text.trim().replace(/[.:]$/, "").toLowerCase());
}
