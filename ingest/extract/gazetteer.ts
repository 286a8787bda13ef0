import type { Dictionary, Surface } from "../data/dictionary";

export interface GazetteerMatch {
  start: number;
  end: number;
  surface: Surface;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Finds dictionary names in text, longest first at each position. Single words and abbreviations
 * match only with their capitals ("US" is not "us"); multi-word names also match in any case
 * ("axis of resistance", "state department").
 */
export class Gazetteer {
  private readonly exact: RegExp;
  private readonly loose: RegExp;
  private readonly byExact = new Map<string, Surface>();
  private readonly byLoose = new Map<string, Surface>();

  constructor(dictionary: Dictionary) {
    for (const s of dictionary.surfaces) {
      if (!this.byExact.has(s.text) || s.form === "name") this.byExact.set(s.text, s);
      if (s.text.includes(" ") && s.text.length >= 8) this.byLoose.set(s.text.toLowerCase(), s);
    }
    const alternation = (keys: string[]): string =>
      keys
        .sort((a, b) => b.length - a.length)
        .map(escape)
        .map((k) => k.replace(/['’]/g, "['’]"))
        .join("|");
    // "al-Houthi" is a person's name, not the movement.
    const boundary = (alt: string): string => `(?<![\\p{L}\\p{N}])(?<!\\bal-)(?:${alt})(?![\\p{L}\\p{N}])`;
    this.exact = new RegExp(boundary(alternation([...this.byExact.keys()])), "gu");
    this.loose = new RegExp(boundary(alternation([...this.byLoose.keys()])), "giu");
  }

  find(text: string): GazetteerMatch[] {
    const matches: GazetteerMatch[] = [];
    for (const m of text.matchAll(this.exact)) {
      const surface = this.byExact.get(m[0]) ?? this.byExact.get(m[0].replace(/’/g, "'"));
      if (surface) matches.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, surface });
    }
    for (const m of text.matchAll(this.loose)) {
      const surface = this.byLoose.get(m[0].toLowerCase().replace(/’/g, "'"));
      const start = m.index ?? 0;
      if (surface && !matches.some((x) => x.start < start + m[0].length && x.end > start)) matches.push({ start, end: start + m[0].length, surface });
    }
    return matches.sort((a, b) => a.start - b.start);
  }
}
