import type { Dictionary } from "../data/dictionary";
import type { Lexicon } from "../data/lexicon";
import type { EntityMention, EntityRef } from "../types";
import type { Gazetteer, GazetteerMatch } from "./gazetteer";
import type { Span } from "../types";
import { findPeople } from "./people";

/** What the article has said so far, for names and descriptions that point back. */
export interface ArticleContext {
  /** Full name and surname -> the person, so "McGurk" after "Brett McGurk" is the same person. */
  people: Map<string, EntityRef>;
  /** Head mentions of earlier sentences, newest last. */
  history: EntityMention[][];
  /** What the run has learnt from earlier articles too. */
  run: RunMemory;
}

/** Knowledge shared by the articles of one run: who backs which group, and the groups seen. */
export interface RunMemory {
  /** Group name -> the state or group said to back it ("Tehran-backed Houthis"). */
  backers: Map<string, string>;
  groups: Map<string, EntityRef>;
}

export const newRunMemory = (): RunMemory => ({ backers: new Map(), groups: new Map() });

export const newArticleContext = (run: RunMemory = newRunMemory()): ArticleContext => ({ people: new Map(), history: [], run });

export interface Recognizer {
  dictionary: Dictionary;
  gazetteer: Gazetteer;
  lexicon: Lexicon;
}

const BACKING_SUFFIX = /^-(backed|aligned|affiliated|allied|supported|sponsored|funded|armed|trained|controlled|linked)\b/i;
const OTHER_SUFFIX = /^-(led|based|owned|run|made|born|ruled|held)\b/i;
const ORG_CONNECTORS = new Set(["of", "for", "the", "and", "on", "in"]);
const DESCRIPTION_DETERMINERS = /^(the|this|that)$/i;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

function words(text: string, from: number, count: number): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while (out.length < count && (m = re.exec(text))) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

function pluralise(noun: string): string {
  if (noun === "group") return noun;
  if (/(ia|ian)$/.test(noun)) return noun + "s";
  if (/(men|s)$/.test(noun)) return noun;
  return noun + "s";
}

/**
 * Finds the entity mentions of one sentence; updates the article context. `taggedPeople`: the spans
 * compromise tagged as people in this sentence, when the caller parsed a larger text already.
 */
export function recognizeSentence(text: string, ctx: ArticleContext, r: Recognizer, taggedPeople?: Span[]): EntityMention[] {
  const { lexicon } = r;
  const matches = r.gazetteer.find(text);
  const people = findPeople(text, lexicon, taggedPeople).filter((p) => {
    const inside = matches.filter((m) => m.start >= p.start && m.end <= p.end);
    // A "person" made only of dictionary names is a country or group, unless it is a known person.
    const coveredChars = inside.reduce((n, m) => n + (m.end - m.start), 0);
    return !(inside.length && coveredChars >= p.name.replace(/\s+/g, "").length - 1 && inside.every((m) => m.surface.ref.type !== "Actor"));
  });
  const mentions: EntityMention[] = [];
  const taken = (span: { start: number; end: number }): boolean => mentions.some((m) => overlaps(m, span));

  for (const p of people) {
    const dictPerson = matches.find((m) => m.surface.ref.type === "Actor" && overlaps(m, p));
    if (dictPerson && dictPerson.end - dictPerson.start >= p.end - p.start) continue;
    // "the Biden administration" is the government, not the man.
    if (matches.some((m) => m.surface.ref.type !== "Actor" && overlaps(m, p) && m.end - m.start > p.end - p.start)) continue;
    const known = ctx.people.get(p.name) ?? r.dictionary.byName.get(p.name);
    const ref = known && known.type === "Actor" ? known : { name: p.name, type: "Actor" as const };
    mentions.push({ start: p.start, end: p.end, surface: p.name, ref, role: "head" });
  }
  for (const m of matches) {
    if (taken(m)) continue;
    mentions.push(...classifyMatch(text, m, lexicon));
  }
  mentions.push(...organisationNames(text, mentions, lexicon));
  mentions.push(...knownSurnames(text, mentions, ctx));
  mentions.push(...descriptions(text, mentions, ctx, lexicon));
  mentions.sort((a, b) => a.start - b.start);
  mentions.push(...backedProxies(text, mentions, ctx, r));
  mentions.sort((a, b) => a.start - b.start);
  remember(ctx, mentions);
  return mentions;
}

/**
 * A dictionary match becomes a head (it can be an argument), a modifier, or, for a demonym before a
 * group noun, a group of its own ("Iraqi militias", "Afghan rebels").
 */
function classifyMatch(text: string, m: GazetteerMatch, lex: Lexicon): EntityMention[] {
  const surface = text.slice(m.start, m.end);
  const after = text.slice(m.end);
  const base: EntityMention = { start: m.start, end: m.end, surface, ref: m.surface.ref, role: "head" };
  // "Vietnamese-led forces" act for Vietnam; "Tehran-backed Houthis" are not Tehran.
  const led = /^-led\s+([\p{Ll}]+)/u.exec(after);
  if (led && lex.agentNouns.has(led[1])) return [base];
  if (BACKING_SUFFIX.test(after) || OTHER_SUFFIX.test(after)) return [{ ...base, role: "modifier" }];
  const placeGroup = m.surface.ref.type === "Place" ? /^\s+(rebels|militias|militants|insurgents|fighters|guerrillas)\b/.exec(after) : null;
  if (placeGroup) return [{ start: m.start, end: m.end + placeGroup[0].length, surface: surface + placeGroup[0], ref: { name: `${surface} ${placeGroup[1]}`, type: "Group", kind: "armed group" }, role: "head" }];
  if (m.surface.form !== "demonym" && m.surface.ref.type !== "State") return [base];
  // Look past coordinated demonyms ("Iranian and American representatives") and up to two modifiers.
  const next = words(text, m.end, 6);
  let i = 0;
  while (i + 1 < next.length && next[i].word === "and" && /^[\p{Lu}]/u.test(next[i + 1].word)) i += 2;
  for (let k = i; k < Math.min(next.length, i + 3); k++) {
    const w = next[k].word.toLowerCase();
    const two = k + 1 < next.length ? `${w} ${next[k + 1].word.toLowerCase()}` : "";
    if (/^[\p{Lu}]/u.test(next[k].word)) break;
    if (lex.groupNouns.has(w) || lex.groupNouns.has(two)) {
      if (m.surface.form !== "demonym" || i > 0) break;
      const end = lex.groupNouns.has(two) ? next[k + 1].end : next[k].end;
      const phrase = text.slice(m.start, end);
      const name = phrase.replace(/(\S+)$/, (last) => pluralise(last.toLowerCase()));
      return [{ start: m.start, end, surface: phrase, ref: { name, type: "Group", kind: "armed group" }, role: "head" }];
    }
    if (lex.agentNouns.has(w) || lex.agentNouns.has(two)) return [base];
    if (k === i && m.surface.form === "demonym" && /^[\p{Ll}]/u.test(next[k].word)) continue;
  }
  return [{ ...base, role: m.surface.form === "demonym" ? "modifier" : "head" }];
}

/** Capitalised names ending in an organisation word: "Syrian Observatory for Human Rights", "Amal militia". */
function organisationNames(text: string, mentions: EntityMention[], lex: Lexicon): EntityMention[] {
  const out: EntityMention[] = [];
  const tokens = words(text, 0, 400);
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i].word;
    const lower = head.toLowerCase();
    if (lex.organisationHeads.has(head) || (["militia", "movement", "faction"].includes(lower) && i > 0)) {
      let j = i;
      while (j > 0) {
        const prev = tokens[j - 1].word;
        if ((/^[\p{Lu}]/u.test(prev) && !/-[\p{Ll}]/u.test(prev) && !/['’]s$/.test(prev)) || (ORG_CONNECTORS.has(prev) && j - 2 >= 0 && /^[\p{Lu}]/u.test(tokens[j - 2].word))) j--;
        else break;
      }
      while (j < i && (ORG_CONNECTORS.has(tokens[j].word) || /^(The|A|An)$/.test(tokens[j].word))) j++;
      const span = { start: tokens[j].start, end: tokens[i].end };
      if (j === i || span.start === 0 && j + 1 === i && !lex.organisationHeads.has(head)) continue;
      const inner = mentions.filter((m) => overlaps(m, span));
      if (inner.some((m) => m.role === "head" && m.ref.type !== "State" && m.end >= span.end - 1)) continue;
      if (inner.some((m) => m.ref.type === "Actor")) continue;
      if (inner.length && inner.every((m) => m.start <= span.start && m.end >= span.end)) continue;
      const surface = text.slice(span.start, span.end);
      // The demonym inside stays a modifier of the organisation.
      for (const m of inner) m.role = "modifier";
      out.push({ ...span, surface, ref: { name: surface, type: "Group" }, role: "head" });
    }
  }
  return out;
}

/** A surname (or full name) of someone named earlier in the article. */
function knownSurnames(text: string, mentions: EntityMention[], ctx: ArticleContext): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [key, ref] of ctx.people) {
    if (key.includes(" ") && key === ref.name) continue;
    const re = new RegExp(`(?<![\\p{L}-])${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}-])`, "gu");
    for (const m of text.matchAll(re)) {
      const span = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
      if (mentions.some((x) => overlaps(x, span)) || out.some((x) => overlaps(x, span))) continue;
      out.push({ ...span, surface: m[0], ref, role: "head" });
    }
  }
  return out;
}

/**
 * "the group", "the movement", "the guards", "the rebels": a definite description refers back to the
 * latest earlier entity with that head word or, for generic heads, of a fitting type. "he"/"she" refer
 * back to the latest person.
 */
function descriptions(text: string, mentions: EntityMention[], ctx: ArticleContext, lex: Lexicon): EntityMention[] {
  const out: EntityMention[] = [];
  const earlier = [...ctx.history.flat(), ...mentions.filter((m) => m.role === "head")];
  const re = /\b(the|The)\s+((?:[\p{Ll}-]+\s+)??)([\p{Ll}]+)\b|\b(he|He|she|She)\b/gu;
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    const span = { start, end: start + m[0].length };
    if (mentions.some((x) => overlaps(x, span))) continue;
    if (m[4]) {
      const before = mentions.filter((x) => x.end <= start && x.ref.type === "Actor");
      const person = (before.length ? before[before.length - 1] : undefined) ?? [...ctx.history.slice(-2).flat()].reverse().find((x) => x.ref.type === "Actor");
      if (person) out.push({ ...span, surface: m[0], ref: person.ref, role: "head" });
      continue;
    }
    const head = m[3].toLowerCase();
    if (!DESCRIPTION_DETERMINERS.test(m[1]) || !lex.anaphoricHeads.has(head)) continue;
    if (/^(of|that|which|who)\b/.test(text.slice(span.end).trim())) continue;
    const target = [...earlier].reverse().find((x) => fits(x.ref, head, m[2].trim()));
    if (target) out.push({ ...span, surface: m[0], ref: target.ref, role: "head" });
  }
  return out;
}

const PROXY = /^-(?:backed|aligned|affiliated|allied|supported|sponsored|funded|armed|trained|controlled|linked)\s+((?:[\p{Ll}-]+\s+){0,2}?)(militias?|militia groups|forces|fighters|proxies|allies)\b/u;

/**
 * "Iranian-affiliated forces in Syria and Iraq": a generic phrase for a group backed by someone refers
 * to the group of the article that the same backer was said to back, preferring one of the same kind
 * and then one from a country the sentence names. Also records "X-backed <group>" pairs.
 */
function backedProxies(text: string, mentions: EntityMention[], ctx: ArticleContext, r: Recognizer): EntityMention[] {
  const out: EntityMention[] = [];
  const states = new Set(mentions.filter((m) => m.ref.type === "State").map((m) => m.ref.name));
  for (const backer of mentions.filter((m) => m.role === "modifier" && BACKING_SUFFIX.test(text.slice(m.end)))) {
    const backed = mentions.find((x) => x.start > backer.end && x.start <= backer.end + 40 && x.role === "head" && x.ref.type === "Group" && /^[-\p{L}\s]*$/u.test(text.slice(backer.end, x.start)));
    if (backed) {
      ctx.run.backers.set(backed.ref.name, backer.ref.name);
      continue;
    }
    const m = PROXY.exec(text.slice(backer.end));
    if (!m) continue;
    const start = backer.end + m[0].length - m[2].length - m[1].length;
    const span = { start, end: backer.end + m[0].length };
    if (mentions.some((x) => overlaps(x, span))) continue;
    const seen = [...ctx.run.groups.values(), ...mentions.map((x) => x.ref)].filter((x) => x.type === "Group" && ctx.run.backers.get(x.name) === backer.ref.name);
    const candidates = [...new Map(seen.map((x) => [x.name, x])).values()];
    const noun = m[2].split(" ")[0].replace(/s$/, "");
    const byNoun = candidates.filter((c) => c.name.toLowerCase().includes(noun));
    const byCountry = candidates.filter((c) => states.has(r.dictionary.facts.get(c.name)?.country ?? "") || [...states].some((st) => c.name.startsWith(r.dictionary.byName.get(st)?.name ?? "\u0000")));
    // Without a group this backer was said to back, a group of the run named by the same noun will do.
    const sameNoun = [...ctx.run.groups.values()].filter((g) => g.name.toLowerCase().includes(noun));
    const pick = byNoun.length === 1 ? byNoun[0] : byCountry.length === 1 ? byCountry[0] : candidates.length === 1 ? candidates[0] : !candidates.length && sameNoun.length === 1 ? sameNoun[0] : undefined;
    if (pick) out.push({ ...span, surface: text.slice(span.start, span.end), ref: pick, role: "head" });
  }
  return out;
}

function fits(ref: EntityRef, head: string, modifier: string): boolean {
  const name = ref.name.toLowerCase();
  const lastWord = name.split(/\s+/).pop() ?? "";
  if (lastWord === head || lastWord === head + "s" || lastWord.replace(/s$/, "") === head) return true;
  if (modifier && !name.includes(modifier)) return false;
  if (["republic", "kingdom", "regime"].includes(head)) return ref.type === "State";
  if (["group", "movement", "organisation", "organization", "outfit", "faction"].includes(head)) return ref.type === "Group" && !/government|media|international|alliance/.test(ref.kind ?? "");
  if (["militia", "militias", "rebels", "militants", "guerrillas", "fighters"].includes(head)) return ref.type === "Group" && /armed|militia|movement/.test(ref.kind ?? "");
  return false;
}

function remember(ctx: ArticleContext, mentions: EntityMention[]): void {
  for (const m of mentions) {
    if (m.ref.type !== "Actor" || m.role !== "head") continue;
    const parts = m.ref.name.split(/\s+/);
    ctx.people.set(m.ref.name, m.ref);
    if (parts.length >= 2) {
      ctx.people.set(parts[parts.length - 1], m.ref);
      if (parts.length >= 3) ctx.people.set(parts.slice(1).join(" "), m.ref);
    }
  }
  ctx.history.push(mentions.filter((m) => m.role === "head"));
  for (const m of mentions) if (m.ref.type === "Group" && m.role === "head") ctx.run.groups.set(m.ref.name, m.ref);
}
