import { foldName } from "../../domain";
import type { NamedEntity } from "./duplicate-scoring";

/*
 * Which pairs are compared at all: comparing every pair of a 20,000-entity graph is 200 million
 * comparisons, so entities are put in blocks by what alike names share (a whole name or alias, or a word's
 * consonants: "Mohammed" and "Mohammad" are both "mhmmd") and compared within a block only.
 */

/** A block is skipped past this size: a word or name that common ("party", "police") tells nothing. */
export const MAX_BLOCK = 100;

const consonants = (word: string) => word.replace(/[aeiouy]/g, "");

export function blockingKeys(e: NamedEntity): string[] {
  const keys = new Set<string>();
  for (const name of [e.name, ...e.aliases]) {
    const folded = foldName(name);
    if (!folded) continue;
    keys.add(`name:${folded}`);
    for (const word of folded.split(" ")) {
      const skeleton = consonants(word);
      if (word.length >= 3 && skeleton.length >= 2) keys.add(`word:${skeleton}`);
    }
  }
  return [...keys];
}

/** Pairs of entities of one label that share a block, each once, ordered by id within the pair. */
export function candidatePairs(entities: NamedEntity[]): [NamedEntity, NamedEntity][] {
  const blocks = new Map<string, NamedEntity[]>();
  for (const e of entities)
    for (const key of blockingKeys(e)) {
      const block = `${e.label}|${key}`;
      const members = blocks.get(block);
      if (members) members.push(e);
      else blocks.set(block, [e]);
    }
  const pairs = new Map<string, [NamedEntity, NamedEntity]>();
  for (const members of blocks.values()) {
    if (members.length < 2 || members.length > MAX_BLOCK) continue;
    for (let i = 0; i < members.length; i += 1)
      for (let j = i + 1; j < members.length; j += 1) {
        const [a, b] = members[i].id < members[j].id ? [members[i], members[j]] : [members[j], members[i]];
        if (a.id !== b.id) pairs.set(`${a.id}\n${b.id}`, [a, b]);
      }
  }
  return [...pairs.values()];
}
