import { readFileSync } from "node:fs";
import { join } from "node:path";
import countries from "world-countries";
import { parse } from "yaml";
import { z } from "zod";
import type { EntityLabel } from "../../domain";
import type { EntityRef } from "../types";
import { DATA_DIR } from "./data-dir";

const EntryShape = z.object({
  name: z.string().min(1),
  type: z.enum(["Actor", "Group", "State", "Place"]).optional(),
  kind: z.string().optional(),
  aliases: z.array(z.string()).optional(),
  demonyms: z.array(z.string()).optional(),
  /** Capitals stand for their state as actors ("Moscow said") and are places otherwise ("talks in Moscow"). */
  capitals: z.array(z.string()).optional(),
  leads: z.string().optional(),
  memberOf: z.string().optional(),
  partOf: z.string().optional(),
  country: z.string().optional(),
});
type Entry = z.infer<typeof EntryShape>;

export const DictionaryFileSchema = z.object({
  states: z.array(EntryShape).optional(),
  groups: z.array(EntryShape).optional(),
  people: z.array(EntryShape).optional(),
  places: z.array(EntryShape).optional(),
});
export type DictionaryFile = z.infer<typeof DictionaryFileSchema>;

/**
 * How a surface form names its entity: by name, by the adjective of a state ("Omani"), by its capital,
 * or by its people ("Omanis").
 */
export type SurfaceForm = "name" | "demonym" | "capital" | "people";

export interface Surface {
  text: string;
  ref: EntityRef;
  form: SurfaceForm;
}

/** Facts a dictionary states about an entity, used when the text names a role but not whose. */
export interface EntityFacts {
  leads?: string;
  memberOf?: string;
  partOf?: string;
  country?: string;
}

export interface Dictionary {
  surfaces: Surface[];
  facts: Map<string, EntityFacts>;
  /** Canonical name -> the entity, for names used in facts. */
  byName: Map<string, EntityRef>;
}

export class DictionaryError extends Error {
  constructor(file: string, problem: string) {
    super(`dictionary ${file}: ${problem}`);
    this.name = "DictionaryError";
  }
}

const SECTION_TYPES: Record<keyof DictionaryFile, EntityLabel> = {
  states: "State",
  groups: "Group",
  people: "Actor",
  places: "Place",
};

export function readDictionaryFile(path: string): DictionaryFile {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new DictionaryError(path, (e as Error).message);
  }
  const parsed = DictionaryFileSchema.safeParse(raw ?? {});
  if (!parsed.success)
    throw new DictionaryError(path, parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  return parsed.data;
}

function pluralDemonym(demonym: string): string | undefined {
  if (/(s|sh|ch|ese|i)$/i.test(demonym) && !/i$/i.test(demonym)) return undefined;
  return demonym + "s";
}

/** Countries from world-countries: common and official names, capitals, demonyms. */
function countryEntries(): Entry[] {
  return (
    countries
      // Palestine and Taiwan act as states in the news whatever their recognition.
      .filter((c) => c.independent !== false || c.cca3 === "PSE" || c.cca3 === "TWN")
      .map((c) => {
        const demonym = c.demonyms?.eng?.m;
        const capitals = (c.capital ?? []).map((cap) => cap.replace(/\s+D\.C\.$/, ""));
        const alt = (c.altSpellings ?? []).filter(
          (a) => /^[\p{Lu}][\p{L} .'-]+$/u.test(a) && a.length > 2 && !a.includes(","),
        );
        return {
          name: c.name.common,
          aliases: [c.name.official, ...alt],
          capitals,
          demonyms: demonym ? [demonym] : [],
        };
      })
  );
}

/** Builds the dictionary from world-countries, the curated entities and any user dictionaries. */
export function loadDictionary(userFiles: string[] = []): Dictionary {
  const curated = readDictionaryFile(join(DATA_DIR, "entities.yaml"));
  const files = [{ states: countryEntries() } as DictionaryFile, curated, ...userFiles.map(readDictionaryFile)];
  const surfaces: Surface[] = [];
  const facts = new Map<string, EntityFacts>();
  const byName = new Map<string, EntityRef>();
  for (const file of files) {
    for (const section of Object.keys(SECTION_TYPES) as (keyof DictionaryFile)[]) {
      for (const entry of file[section] ?? []) {
        const existing = byName.get(entry.name);
        const ref: EntityRef = existing ?? {
          name: entry.name,
          type: entry.type ?? SECTION_TYPES[section],
          kind: entry.kind,
        };
        if (entry.kind) ref.kind = entry.kind;
        byName.set(entry.name, ref);
        for (const text of [entry.name, ...(entry.aliases ?? [])]) surfaces.push({ text, ref, form: "name" });
        for (const text of entry.capitals ?? []) surfaces.push({ text, ref, form: "capital" });
        for (const demonym of entry.demonyms ?? []) {
          surfaces.push({ text: demonym, ref, form: "demonym" });
          const plural = pluralDemonym(demonym);
          if (plural) surfaces.push({ text: plural, ref, form: "people" });
        }
        const known = facts.get(entry.name) ?? {};
        for (const key of ["leads", "memberOf", "partOf", "country"] as const) if (entry[key]) known[key] = entry[key];
        facts.set(entry.name, known);
      }
    }
  }
  return { surfaces, facts, byName };
}
