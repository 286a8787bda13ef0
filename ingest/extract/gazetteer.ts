import type { Dictionary, Surface } from "../dictionaries/dictionary";

export interface GazetteerMatch {
  start: number;
  end: number;
  surface: Surface;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const straightQuotes = (s: string): string => s.replace(/’/g, "'");
/** Names are looked up by their first two characters: short enough to index every name, long enough to narrow. */
const PREFIX = 2;

/** Dictionary names grouped by the first characters of their key, longest first in each group. */
class NameIndex {
  private readonly groups = new Map<string, string[]>();
  readonly surfaces = new Map<string, Surface>();

  add(key: string, surface: Surface): void {
    this.surfaces.set(key, surface);
  }

  seal(): void {
    for (const key of [...this.surfaces.keys()].sort((a, b) => b.length - a.length)) {
      const prefix = key.slice(0, PREFIX);
      const group = this.groups.get(prefix);
      if (group) group.push(key);
      else this.groups.set(prefix, [key]);
    }
  }

  /** The longest key that `text` (already normalised the same way) holds at `at`, ending at a word boundary. */
  longestAt(text: string, at: number): string | undefined {
    for (const key of this.groups.get(text.slice(at, at + PREFIX)) ?? []) {
      if (text.startsWith(key, at) && !isWordChar(text[at + key.length])) return key;
    }
    return undefined;
  }
}

/**
 * Finds dictionary names in text, longest first at each position. Single words and abbreviations
 * match only with their capitals ("US" is not "us"); multi-word names also match in any case
 * ("axis of resistance", "state department"). A scan of word starts with an index by first
 * characters: a regular expression alternating thousands of names was the slowest part of extraction.
 */
export class Gazetteer {
  private readonly exact = new NameIndex();
  private readonly loose = new NameIndex();

  constructor(dictionary: Dictionary) {
    for (const s of dictionary.surfaces) {
      const key = straightQuotes(s.text);
      if (!this.exact.surfaces.has(key) || s.form === "name") this.exact.add(key, s);
      if (s.text.includes(" ") && s.text.length >= 8) this.loose.add(key.toLowerCase(), s);
    }
    this.exact.seal();
    this.loose.seal();
  }

  find(text: string): GazetteerMatch[] {
    const normal = straightQuotes(text);
    // Lower-casing can change a string's length (rare letters such as "İ"); then offsets would not line up.
    const lower = normal.toLowerCase();
    const matches = this.scan(
      normal,
      this.exact,
      (at) => !normal.startsWith("al-", at - 3) || isWordChar(normal[at - 4]),
    );
    if (lower.length === normal.length) {
      const loose = this.scan(lower, this.loose, (at) => !lower.startsWith("al-", at - 3) || isWordChar(lower[at - 4]));
      for (const m of loose) if (!matches.some((x) => x.start < m.end && x.end > m.start)) matches.push(m);
    }
    return matches.sort((a, b) => a.start - b.start);
  }

  /** Leftmost-longest matches that do not overlap, each starting where no letter or digit precedes it. */
  private scan(text: string, index: NameIndex, allowedAt: (at: number) => boolean): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    let at = 0;
    while (at < text.length) {
      // "al-Houthi" is a person's name, not the movement.
      const key = !isWordChar(text[at - 1]) && allowedAt(at) ? index.longestAt(text, at) : undefined;
      if (key) {
        out.push({ start: at, end: at + key.length, surface: index.surfaces.get(key)! });
        at += key.length;
      } else at += 1;
    }
    return out;
  }
}
