import type { EntityLabel, ExtractedEntity } from "../../domain";
import type { Dictionary } from "../dictionaries/dictionary";
import type { EntityRef } from "../types";
import { initials, normalizeName, slug } from "./names";

interface Candidate {
  key: string;
  names: Map<string, number>;
  types: Map<EntityLabel, number>;
  kind?: string;
  fromDictionary?: EntityRef;
  aliases: Set<string>;
}

/**
 * Gathers every reference to an entity seen in a run and decides, once all are in, which references
 * name the same thing: the same normalised name, a dictionary alias, or a person's surname or shorter
 * form of a full name seen elsewhere in the run.
 */
export class EntityRegistry {
  private readonly candidates = new Map<string, Candidate>();
  private readonly dictionaryRefs: Set<EntityRef>;
  /** A dictionary entity's other names, so a search or a later article finds it under any of them. */
  private readonly dictionaryAliases = new Map<EntityRef, string[]>();
  private finalKey = new Map<string, string>();
  private entities = new Map<string, ExtractedEntity>();

  constructor(dictionary: Dictionary) {
    this.dictionaryRefs = new Set(dictionary.byName.values());
    for (const surface of dictionary.surfaces) {
      if (surface.form !== "name" || surface.text === surface.ref.name || !isName(surface.text)) continue;
      this.dictionaryAliases.set(surface.ref, [...(this.dictionaryAliases.get(surface.ref) ?? []), surface.text]);
    }
  }

  add(ref: EntityRef, surface?: string): void {
    const key = this.keyOf(ref);
    let c = this.candidates.get(key);
    if (!c) {
      c = { key, names: new Map(), types: new Map(), aliases: new Set() };
      this.candidates.set(key, c);
    }
    c.names.set(ref.name, (c.names.get(ref.name) ?? 0) + 1);
    c.types.set(ref.type, (c.types.get(ref.type) ?? 0) + 1);
    if (ref.kind && !c.kind) c.kind = ref.kind;
    if (this.dictionaryRefs.has(ref)) c.fromDictionary = ref;
    if (surface && isName(surface)) c.aliases.add(surface.replace(/^(the|The)\s+(?=[\p{Lu}])/u, "").trim());
  }

  private keyOf(ref: EntityRef): string {
    return normalizeName(ref.name);
  }

  /** Merges shorter names into the fuller ones they stand for and fixes ids; call once after every add. */
  finish(): void {
    const index = this.shorterNameIndex();
    for (const key of this.candidates.keys()) this.finalKey.set(key, this.fullerKey(key, index, new Set([key])) ?? key);
    const merged = new Map<string, Candidate[]>();
    for (const [key, target] of this.finalKey)
      merged.set(target, [...(merged.get(target) ?? []), this.candidates.get(key)!]);
    for (const [target, parts] of merged) {
      const main = this.candidates.get(target)!;
      const type = main.fromDictionary?.type ?? bestType(main);
      const name =
        main.fromDictionary?.name ??
        [...main.names.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0][0];
      const aliases = new Set<string>(main.fromDictionary ? this.dictionaryAliases.get(main.fromDictionary) : []);
      for (const p of parts) {
        for (const a of p.aliases) if (a !== name) aliases.add(a);
        for (const n of p.names.keys()) if (n !== name) aliases.add(n);
      }
      const entity: ExtractedEntity = {
        id: `${type.toLowerCase()}:${slug(name)}`,
        name,
        type,
        aliases: [...aliases].sort(),
      };
      const kind = main.fromDictionary?.kind ?? main.kind ?? parts.find((p) => p.kind)?.kind;
      if (kind && type === "Group") entity.kind = kind;
      this.entities.set(target, entity);
    }
  }

  /**
   * Every way a longer name can be found from a shorter one, built once per run so that resolving each
   * name is a few lookups, not a pass over every other name.
   */
  private shorterNameIndex(): ShorterNameIndex {
    const index: ShorterNameIndex = {
      suffix: new Map(),
      ends: new Map(),
      alias: new Map(),
      initials: new Map(),
      spelling: new Map(),
    };
    const add = (map: Map<string, string[]>, at: string, key: string) => map.set(at, [...(map.get(at) ?? []), key]);
    for (const [key, c] of this.candidates) {
      const type = bestType(c);
      if (type === "Actor") {
        const words = key.split(" ");
        for (let i = 1; i < words.length; i++) add(index.suffix, words.slice(i).join(" "), key);
        if (words.length > 2) add(index.ends, `${words[0]} ${words[words.length - 1]}`, key);
      } else if (type === "Group") {
        for (const a of new Set([...c.aliases].map(normalizeName))) add(index.alias, a, key);
        for (const n of new Set([...c.names.keys()].map(initials))) if (n) add(index.initials, n, key);
        add(index.spelling, spellingSkeleton(key), key);
      }
    }
    return index;
  }

  /**
   * The one other reference a name abbreviates: a person's surname or a full name without its middle
   * names ("Khawaja Asif"), a group's alias seen in another article ("GNA" beside "Government of National
   * Accord (GNA)"), its initials, or another transliteration of it. Dictionary entries keep their own
   * names. `passed` holds the names already on this chain, so it never turns back.
   */
  private fullerKey(key: string, index: ShorterNameIndex, passed: Set<string>): string | undefined {
    const c = this.candidates.get(key)!;
    if (c.fromDictionary) return undefined;
    const type = bestType(c);
    const usable = (keys: string[] | undefined): string[] =>
      (keys ?? []).filter((k) => !passed.has(k) && bestType(this.candidates.get(k)!) === type);
    let fuller: string[] = [];
    if (type === "Actor") {
      const words = key.split(" ");
      const ends = words.length > 1 ? index.ends.get(`${words[0]} ${words[words.length - 1]}`) : undefined;
      const longerEnds = (ends ?? []).filter((k) => k.split(" ").length > words.length);
      fuller = usable([...new Set([...(index.suffix.get(key) ?? []), ...longerEnds])]);
    } else if (type === "Group") {
      const name = [...c.names.keys()][0];
      fuller = usable(index.alias.get(key));
      if (!fuller.length && /^[\p{Lu}]{2,6}$/u.test(name)) fuller = usable(index.initials.get(name));
      if (!fuller.length && spellingSkeleton(key).replace(/ /g, "").length >= 6) {
        fuller = usable(index.spelling.get(spellingSkeleton(key))).filter((k) => this.outweighs(k, key));
      }
    }
    if (fuller.length !== 1) return undefined;
    return this.fullerKey(fuller[0], index, new Set([...passed, fuller[0]])) ?? fuller[0];
  }

  /** Of two spellings of one name, the dictionary's, else the one the run used more, else the first in order. */
  private outweighs(a: string, b: string): boolean {
    const weight = (key: string): number =>
      [...this.candidates.get(key)!.names.values()].reduce((sum, n) => sum + n, 0);
    const ca = this.candidates.get(a)!;
    if (ca.fromDictionary) return true;
    return weight(a) > weight(b) || (weight(a) === weight(b) && a < b);
  }

  entityOf(ref: EntityRef): ExtractedEntity {
    const key = this.finalKey.get(this.keyOf(ref)) ?? this.keyOf(ref);
    const entity = this.entities.get(key);
    if (!entity) throw new Error(`entity registry: no entity for "${ref.name}", expected add() before finish()`);
    return entity;
  }

  all(): ExtractedEntity[] {
    return [...this.entities.values()];
  }
}

/** Pronouns and descriptions ("he", "the group", "forces") refer to an entity but are not its names. */
function isName(surface: string): boolean {
  const bare = surface.replace(/^(the|The)\s+/, "");
  return /\p{Lu}/u.test(bare) || /\s/.test(bare);
}

function bestType(c: Candidate): EntityLabel {
  return [...c.types.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

/** Where a longer name is found from a shorter one (EntityRegistry.shorterNameIndex). */
interface ShorterNameIndex {
  /** A person's name by each shorter ending of it: "asif", "muhammad asif". */
  suffix: Map<string, string[]>;
  /** A person's name of three words or more by its first and last word. */
  ends: Map<string, string[]>;
  /** A group by each alias seen for it. */
  alias: Map<string, string[]>;
  /** A group by the initials of its names. */
  initials: Map<string, string[]>;
  /** A group by the skeleton of its name. */
  spelling: Map<string, string[]>;
}

/**
 * "Tehrik-e Taliban" and "Tehreek-e-Taliban", "Hezbollah" and "Hizbollah": transliterations of one name
 * differ in vowels and doubled letters, so each word is reduced to its first letter and consonants.
 * Names shorter than six letters are not compared this way: their skeletons collide too easily.
 */
function spellingSkeleton(key: string): string {
  return key
    .split(" ")
    .filter((w) => w.length > 1)
    .map(
      (w) =>
        w[0] +
        w
          .slice(1)
          .replace(/[aeiouy]/g, "")
          .replace(/(.)\1+/g, "$1"),
    )
    .join(" ");
}
