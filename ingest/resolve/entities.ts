import type { EntityLabel, ExtractedEntity } from "../../domain";
import type { Dictionary } from "../data/dictionary";
import type { EntityRef } from "../types";
import { normalizeName, slug } from "./names";

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
  private finalKey = new Map<string, string>();
  private entities = new Map<string, ExtractedEntity>();

  constructor(dictionary: Dictionary) {
    this.dictionaryRefs = new Set(dictionary.byName.values());
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

  /** Merges short person names into full ones and fixes ids; call once after every add. */
  finish(): void {
    const keys = [...this.candidates.keys()];
    const isActor = (c: Candidate): boolean => bestType(c) === "Actor";
    for (const key of keys) {
      const c = this.candidates.get(key)!;
      let target = key;
      if (isActor(c) && !c.fromDictionary) {
        const fuller = keys.filter((k) => k !== key && k.endsWith(" " + key) && isActor(this.candidates.get(k)!));
        if (fuller.length === 1) target = fuller[0];
      }
      this.finalKey.set(key, target);
    }
    const merged = new Map<string, Candidate[]>();
    for (const [key, target] of this.finalKey) merged.set(target, [...(merged.get(target) ?? []), this.candidates.get(key)!]);
    for (const [target, parts] of merged) {
      const main = this.candidates.get(target)!;
      const type = main.fromDictionary?.type ?? bestType(main);
      const name = main.fromDictionary?.name ?? [...main.names.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0][0];
      const aliases = new Set<string>();
      for (const p of parts) {
        for (const a of p.aliases) if (a !== name) aliases.add(a);
        for (const n of p.names.keys()) if (n !== name) aliases.add(n);
      }
      const entity: ExtractedEntity = { id: `${type.toLowerCase()}:${slug(name)}`, name, type, aliases: [...aliases].sort() };
      const kind = main.fromDictionary?.kind ?? main.kind ?? parts.find((p) => p.kind)?.kind;
      if (kind && type === "Group") entity.kind = kind;
      this.entities.set(target, entity);
    }
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
