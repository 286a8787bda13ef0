import nlp from "compromise";
import type { Lexicon } from "../data/lexicon";
import type { Span } from "../types";

const NAME_TOKEN = "(?:[\\p{Lu}][\\p{L}'’]+(?:-[\\p{Lu}][\\p{L}'’]+)?|[\\p{Lu}]\\.(?:[\\p{Lu}]\\.)*)";
const PARTICLE = "(?:al-|el-|bin |ibn |de |van |von |den |der |da |di |le |la |Abu |Abdul[- ])";
const NAME = `${NAME_TOKEN}(?:\\s+(?:${PARTICLE})?${NAME_TOKEN}|\\s*${PARTICLE}[\\p{Lu}][\\p{L}'’-]+){0,3}`;

export interface PersonCandidate extends Span {
  name: string;
  /** The title right before the name ("deputy foreign minister"), lower case. */
  title?: string;
}

/** Words that are capitalised but never start a person's name. */
const NOT_NAMES = new Set(["The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "If", "As", "After", "Before", "Since", "While", "When", "Though", "Although", "It", "He", "She", "They", "We", "I", "This", "That", "These", "Those", "There", "Its", "Their", "His", "Her", "Our", "Days", "Weeks", "Months", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Middle", "East", "Mideast", "West", "Western", "Eastern", "Northern", "Southern", "North", "South", "Army", "Navy", "Nor", "Yet", "Any", "Producing", "Whatever", "Unless", "Otherwise", "Meanwhile", "Having", "Diplomacy", "Celebrations", "Talks"]);

function titleAlternation(lex: Lexicon): string {
  const titles = [...lex.leaderTitles, ...lex.memberTitles].sort((a, b) => b.length - a.length);
  // Each word may be capitalised ("Foreign Minister") but names must stay capitalised, so no "i" flag.
  const flexible = (word: string): string => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`;
  return titles.map((t) => t.split(/[-\s]/).map(flexible).join("[-\\s]")).join("|");
}

let titleRegex: RegExp | undefined;
let honorificRegex: RegExp | undefined;

function cleanName(name: string, lex: Lexicon): string {
  let out = name.trim().replace(/[,.;:]+$/, "").replace(/['’]s$/, "").replace(/\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Tonight)$/, "");
  for (;;) {
    const h = lex.honorifics.find((x) => out.startsWith(x + " "));
    if (!h) break;
    out = out.slice(h.length + 1);
  }
  return out;
}

/**
 * The spans compromise tags as people. One parse of a whole article costs less than a parse per
 * sentence, and tags with more context, so the extractor calls this once per article.
 */
export function taggedPeople(text: string): Span[] {
  const people = nlp(text).people().json({ offset: true }) as { offset: { start: number; length: number } }[];
  return people.map((p) => ({ start: p.offset.start, end: p.offset.start + p.offset.length }));
}

/** The tagged spans that lie inside `range`, with offsets made relative to its start. */
export function spansWithin(spans: Span[], range: Span): Span[] {
  return spans.filter((s) => s.start >= range.start && s.end <= range.end).map((s) => ({ start: s.start - range.start, end: s.end - range.start }));
}

/**
 * People named in a sentence: a capitalised name after a title ("adviser Brett McGurk", "President
 * Michel Suleiman"), or a span compromise tagged as a person (`tagged`, relative to the sentence).
 * Single words only count after a title.
 */
export function findPeople(sentence: string, lex: Lexicon, tagged: Span[] = taggedPeople(sentence)): PersonCandidate[] {
  titleRegex ??= new RegExp(`(?<![\\p{L}])(${titleAlternation(lex)})\\s+(${NAME})`, "gu");
  honorificRegex ??= new RegExp(`(?<![\\p{L}])(${lex.honorifics.map((h) => h.replace(/\./g, "\\.")).join("|")})\\s+(${NAME})`, "gu");
  const found: PersonCandidate[] = [];
  const add = (start: number, raw: string, title?: string): void => {
    const name = cleanName(raw, lex);
    if (!name) return;
    const first = name.split(/\s+/)[0];
    if (NOT_NAMES.has(first)) return;
    const at = start + raw.indexOf(name);
    if (found.some((f) => at < f.end && at + name.length > f.start)) return;
    found.push({ start: at, end: at + name.length, name, title: title?.toLowerCase() });
  };
  for (const re of [honorificRegex, titleRegex]) {
    for (const m of sentence.matchAll(re)) {
      const nameStart = (m.index ?? 0) + m[0].length - m[2].length;
      add(nameStart, m[2], m[1]);
    }
  }
  for (const person of tagged) {
    const raw = sentence.slice(person.start, person.end);
    const name = cleanName(raw, lex);
    if (name.split(/\s+/).length < 2 || !/^[\p{Lu}]/u.test(name)) continue;
    add(person.start, raw);
  }
  return found.sort((a, b) => a.start - b.start);
}
