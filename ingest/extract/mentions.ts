import type { Surface } from "../dictionaries/dictionary";
import type { Roles } from "../dictionaries/lexicon";
import { initials } from "../resolve/names";
import type { Gazetteer } from "./gazetteer";
import type { SentenceGraph } from "./sentence-graph";

/** NER types that can name an actor, a group, a state or a place. */
const NAME_TYPES = new Set(["PERSON", "ORGANIZATION", "LOCATION", "MISC"]);

/**
 * Where a candidate came from; typing trusts the dictionary over NER and NER over word shapes. An
 * "acronym" is one the article defined in brackets after a name, wherever NER missed it.
 */
export type CandidateSource = "dictionary" | "ner" | "organisation" | "phrase" | "acronym";

/** A stretch of a sentence that may name an entity, before it is typed. Token indices, end exclusive. */
export interface Candidate {
  start: number;
  end: number;
  /** The syntactic head of the span: the token whose governor lies outside it. */
  head: number;
  text: string;
  source: CandidateSource;
  /** The NER type when NER tagged (most of) the span. */
  ner?: string;
  /** The dictionary's entry when it names the whole span. */
  surface?: Surface;
  /** For "organisation" and "phrase" candidates: the candidate inside that names the owner or the name. */
  inner?: Candidate;
  /** The common noun that heads an "organisation" or "phrase" candidate ("group", "forces"). */
  headNoun?: string;
}

const TIME_WORDS =
  /^(North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Tonight|Yesterday)$/;

const covers = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start <= b.start && b.end <= a.end;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** The token of a span whose governor is outside it (the last such token for flat names). */
export function spanHead(g: SentenceGraph, start: number, end: number): number {
  let best = end - 1;
  for (let i = start; i < end; i++) {
    const head = g.head(i);
    if (!head || head.token < start || head.token >= end) best = i;
  }
  return best;
}

function tokenSpanOf(g: SentenceGraph, charStart: number, charEnd: number): { start: number; end: number } | undefined {
  const base = g.sentence.start;
  let start = -1;
  let end = -1;
  for (const t of g.tokens) {
    if (t.end - base <= charStart || t.start - base >= charEnd) continue;
    if (start < 0) start = t.index;
    end = t.index + 1;
  }
  if (start < 0) return undefined;
  // A dictionary name must start and end on token edges ("US" is not the start of "USS").
  if (g.tokens[start].start - base < charStart || g.tokens[end - 1].end - base > charEnd) return undefined;
  return { start, end };
}

function make(
  g: SentenceGraph,
  start: number,
  end: number,
  source: CandidateSource,
  extra: Partial<Candidate> = {},
): Candidate {
  return { start, end, head: spanHead(g, start, end), text: g.textOf(start, end), source, ...extra };
}

function dictionaryCandidates(g: SentenceGraph, gazetteer: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  for (const m of gazetteer.find(g.sentence.text)) {
    const span = tokenSpanOf(g, m.start, m.end);
    if (span) out.push(make(g, span.start, span.end, "dictionary", { surface: m.surface }));
  }
  return out;
}

/**
 * A person's name ends where its last word ends: the tokenizer splits "Suk-yeol" at its hyphen, and NER
 * may tag "Kim Yo" or only "Yoon" of "Yoon Suk-yeol", leaving the hyphenated given name untagged.
 */
function wholeWords(g: SentenceGraph, end: number): number {
  const touching = (k: number): boolean => k < g.length && g.tokens[k].start === g.tokens[k - 1].end;
  let last = end;
  const hyphenatedNext =
    last + 2 < g.length &&
    g.pos(last) === "NNP" &&
    g.tokens[last].ner === "O" &&
    g.tokens[last + 1].text === "-" &&
    touching(last + 1) &&
    touching(last + 2);
  if (hyphenatedNext) last++;
  while (touching(last) && /^[-\p{L}]/u.test(g.tokens[last].text)) last++;
  return last;
}

/** "State Department Spokesman": a title NER took into an organisation's name ends it. */
function withoutTrailingTitle(g: SentenceGraph, start: number, end: number, roles: Roles): number {
  let last = end;
  while (last - 1 > start && (roles.leaderTitles.has(g.lemma(last - 1)) || roles.memberTitles.has(g.lemma(last - 1))))
    last--;
  return last;
}

function nerCandidates(g: SentenceGraph, roles: Roles): Candidate[] {
  return g.sentence.entities
    .filter((e) => NAME_TYPES.has(e.type))
    .filter((e) => !(e.end - e.start === 1 && /^(PRP|PRP\$|WP|DT)$/.test(g.pos(e.start))))
    .map((e) => {
      const end =
        e.type === "PERSON"
          ? wholeWords(g, e.end)
          : e.type === "ORGANIZATION"
            ? withoutTrailingTitle(g, e.start, e.end, roles)
            : e.end;
      return make(g, e.start, end, "ner", { ner: e.type });
    });
}

/**
 * One candidate per name: a dictionary name and an NER span over the same tokens are one; a longer
 * NER span around a dictionary name ("Syrian Observatory for Human Rights") keeps the inner name as
 * its `inner`, and a dictionary name around NER spans ("Islamic Republic of Iran") wins.
 */
function mergeCandidates(g: SentenceGraph, dictionary: Candidate[], ner: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const usedDictionary = new Set<Candidate>();
  for (const n of ner) {
    const same = dictionary.find((d) => d.start === n.start && d.end === n.end);
    if (same) {
      out.push({ ...same, ner: n.ner });
      usedDictionary.add(same);
      continue;
    }
    const around = dictionary.find((d) => covers(d, n));
    if (around) continue;
    const inside = dictionary.filter((d) => covers(n, d));
    // NER's span crossing a dictionary name ("Iranian-aligned Iraqi" before "Iraqi militias"): the dictionary's names stand.
    if (dictionary.some((d) => overlaps(d, n) && !covers(n, d))) continue;
    for (const d of inside) usedDictionary.add(d);
    // "Mexico Brazil" (a comma lost in the source), "Israel-Hamas": two names NER took for one.
    if (
      inside.length >= 2 &&
      n.ner !== "ORGANIZATION" &&
      inside.every((d) => d.surface && d.surface.form !== "demonym")
    ) {
      out.push(...inside.map((d) => ({ ...d, ner: n.ner })));
      continue;
    }
    // NER sometimes takes a dictionary name and a word of time or a lower-case word ("Houthi Monday"): the
    // dictionary wins. Other capitalised words make it another name ("Ana Lima" is a person, not Peru).
    const rest = [...Array(n.end - n.start).keys()]
      .map((k) => n.start + k)
      .filter((t) => t < inside[0]?.start || t >= inside[0]?.end);
    const onlyNoise = rest.every((t) => TIME_WORDS.test(g.tokens[t].text) || !/^[\p{Lu}]/u.test(g.tokens[t].text));
    if (inside.length === 1 && n.ner !== "ORGANIZATION" && inside[0].surface?.ref.type !== "Actor" && onlyNoise) {
      out.push({ ...inside[0], ner: n.ner });
      continue;
    }
    out.push(inside.length ? { ...n, inner: inside[0] } : n);
  }
  for (const d of dictionary) if (!usedDictionary.has(d) && !out.some((o) => overlaps(o, d))) out.push(d);
  return out.sort((a, b) => a.start - b.start);
}

const CONNECTORS = /^(of|for|and|the|on|in)$/;
/** Bodies named by who leads them: "Saudi-led coalition". */
const LED_BODIES = new Set(["coalition", "alliance", "bloc", "force", "mission", "operation", "campaign"]);

/** A run of proper nouns, allowing connectors inside ("Movement for the Actualization of ..."), that starts at `i`. */
function properRun(g: SentenceGraph, i: number, isOrgHead: (k: number) => boolean): number {
  let end = i;
  const capitalisedAdjective = (k: number): boolean =>
    g.pos(k) === "JJ" && /^[\p{Lu}]/u.test(g.tokens[k].text) && k + 1 < g.length && g.isProperNoun(k + 1);
  while (end < g.length) {
    if (g.isProperNoun(end) || capitalisedAdjective(end)) end++;
    // "and" joins two bodies ("the Air Force and the Ministry") once the first name is complete.
    else if (g.lower(end) === "and" && end > i && isOrgHead(end - 1)) break;
    else if (
      CONNECTORS.test(g.lower(end)) &&
      end + 1 < g.length &&
      (g.isProperNoun(end + 1) || (g.lower(end + 1) === "the" && end + 2 < g.length && g.isProperNoun(end + 2)))
    )
      end++;
    else break;
  }
  return end;
}

/**
 * Names NER and the dictionary miss as a whole: a capitalised name followed by an organisation's head
 * noun ("Wagner group", "Amal militia"); runs of proper nouns holding one ("Government of National
 * Accord", "Syrian Democratic Forces"); and a lower-case head with a proper name after "of"
 * ("the government of National Accord").
 */
function organisationCandidates(g: SentenceGraph, named: Candidate[], roles: Roles): Candidate[] {
  const out: Candidate[] = [];
  const isOrgHead = (i: number): boolean =>
    roles.organisationHeads.has(g.lemma(i)) || roles.organisationHeads.has(g.lower(i));
  const actsForOwner = (i: number): boolean => roles.agentNouns.has(g.lemma(i)) || roles.groupNouns.has(g.lemma(i));
  const covered = (i: number): boolean =>
    named.some((c) => c.start <= i && i < c.end) || out.some((c) => c.start <= i && i < c.end);
  for (const c of named) {
    const next = c.end;
    if (next >= g.length || g.isProperNoun(next) || !g.isNoun(next) || !isOrgHead(next)) continue;
    if (g.head(c.head)?.token !== next) continue;
    if (c.surface && c.surface.ref.type !== "Actor" && c.surface.form !== "name") continue;
    // "Haftar forces" are a person's forces, not a body named after him.
    if (c.ner === "PERSON" && actsForOwner(next)) continue;
    out.push(make(g, c.start, next + 1, "organisation", { inner: c, headNoun: g.lemma(next) }));
  }
  const isTitle = (i: number): boolean => roles.leaderTitles.has(g.lemma(i)) || roles.memberTitles.has(g.lemma(i));
  for (let i = 0; i < g.length; i++) {
    if (!g.isProperNoun(i) || (i > 0 && g.isProperNoun(i - 1))) continue;
    let end = properRun(g, i, isOrgHead);
    // "Arab League Secretary-General Chedli Klibi": the title ends the organisation's name.
    const title = [...Array(end - i).keys()].map((k) => i + k).find((k) => k > i && isTitle(k));
    if (title !== undefined) end = title;
    let last = end;
    while (last > i && CONNECTORS.test(g.lower(last - 1))) last--;
    const heads = [...Array(last - i).keys()].map((k) => i + k).filter(isOrgHead);
    if (!heads.length || last - i < 2) continue;
    const inner = named.filter((c) => c.start >= i && c.end <= last);
    if (
      inner.some((c) => c.start === i && c.end === last) ||
      named.some((c) => c.start < i && c.end > i) ||
      named.some((c) => c.start < last && c.end > last)
    )
      continue;
    out.push(
      make(g, i, last, "organisation", {
        ner: "ORGANIZATION",
        inner: inner[0],
        headNoun: g.lemma(heads[heads.length - 1]),
      }),
    );
  }
  // "Kurdish Asayish security forces", "Amal militia" when NER missed the name.
  const capitalised = (i: number): boolean =>
    /^[\p{Lu}]/u.test(g.tokens[i].text) && (g.isProperNoun(i) || g.pos(i) === "JJ");
  for (let i = 1; i < g.length; i++) {
    if (g.isProperNoun(i) || !g.isNoun(i) || !isOrgHead(i) || covered(i)) continue;
    let j = i - 1;
    while (j > 0 && !g.isProperNoun(j) && g.isNoun(j) && g.head(j)?.token === i && /^[a-z]/.test(g.tokens[j].text)) j--;
    if (!g.isProperNoun(j) || covered(j)) continue;
    let start = j;
    while (start > 0 && capitalised(start - 1) && !covered(start - 1)) start--;
    out.push(make(g, start, i + 1, "organisation", { ner: "ORGANIZATION", headNoun: g.lemma(i) }));
  }
  // "Tehreek-e-Taliban Pakistan (TTP)": a name spelled out before its initials in brackets is one body,
  // even when NER saw none of it and the dictionary only a state inside it.
  for (let open = 2; open + 2 < g.length; open++) {
    if (
      g.tokens[open].text !== "(" ||
      g.tokens[open + 2].text !== ")" ||
      !/^[\p{Lu}]{2,6}$/u.test(g.tokens[open + 1].text)
    )
      continue;
    const acronym = g.tokens[open + 1].text;
    let start = open;
    while (
      start > 0 &&
      (g.isProperNoun(start - 1) ||
        g.tokens[start - 1].text === "-" ||
        (CONNECTORS.test(g.lower(start - 1)) && start < open))
    )
      start--;
    while (start < open && !(g.isProperNoun(start) && initials(g.textOf(start, open)) === acronym)) start++;
    if (
      start === open ||
      named.some((c) => c.start < start && c.end > start) ||
      out.some((c) => overlaps(c, { start, end: open }))
    )
      continue;
    if (named.some((c) => c.start === start && c.end === open)) continue;
    out.push(
      make(g, start, open, "organisation", {
        ner: "ORGANIZATION",
        inner: named.find((c) => c.start >= start && c.end <= open),
        headNoun: g.lemma(open - 1),
      }),
    );
  }
  // "the Saudi-led coalition", "a US-led military alliance": a body named by who leads it.
  for (let i = 0; i < g.length; i++) {
    if (!g.isNoun(i) || g.isProperNoun(i) || !LED_BODIES.has(g.lemma(i)) || covered(i)) continue;
    const led = g.children(i, "amod").find((e) => g.lemma(e.token) === "lead" && e.token < i);
    const leader = led
      ? named.find(
          (c) => g.children(led.token).some((e) => e.token >= c.start && e.token < c.end) && c.end <= led.token,
        )
      : undefined;
    if (!leader) continue;
    out.push(
      make(g, leader.start, i + 1, "organisation", { ner: "ORGANIZATION", inner: leader, headNoun: g.lemma(i) }),
    );
  }
  for (let i = 0; i + 2 < g.length; i++) {
    if (
      g.isProperNoun(i) ||
      !g.isNoun(i) ||
      !isOrgHead(i) ||
      g.lower(i + 1) !== "of" ||
      !g.isProperNoun(i + 2) ||
      covered(i)
    )
      continue;
    const end = properRun(g, i + 2, isOrgHead);
    const inside = named.filter((c) => c.start >= i + 2 && c.end <= end);
    if (inside.some((c) => c.surface?.ref.type === "State" || (c.ner === "PERSON" && actsForOwner(i)))) continue;
    out.push(make(g, i, end, "organisation", { ner: "ORGANIZATION", headNoun: g.lemma(i) }));
  }
  return out;
}

/**
 * A state or group name (or its adjective) that owns a common noun acting for it or naming a group:
 * "Turkish forces", "Iran's foreign ministry", "Iraqi militias", "Hamas fighters".
 */
function phraseCandidates(g: SentenceGraph, named: Candidate[], roles: Roles): Candidate[] {
  const out: Candidate[] = [];
  for (const c of named) {
    const head = g.head(c.head);
    if (!head || !/^(amod|compound|nmod:poss)$/.test(head.rel) || head.token < c.end) continue;
    const noun = head.token;
    if (!g.isNoun(noun) || g.isProperNoun(noun)) continue;
    const known = (set: Set<string>): boolean => g.nounIn(noun, set) || set.has(g.lower(noun));
    if (!known(roles.agentNouns) && !known(roles.groupNouns)) continue;
    // "its Iran envoy" is the envoy for Iran of someone else.
    if (g.children(noun, "nmod:poss").some((e) => e.token !== c.head)) continue;
    if (named.some((o) => o !== c && o.start > c.end - 1 && o.start <= noun)) continue;
    const singular = g.nounForms(noun).at(-1)!;
    const compound = noun > 0 ? `${g.lemma(noun - 1)} ${singular}` : "";
    out.push(
      make(g, c.start, noun + 1, "phrase", {
        inner: c,
        headNoun: roles.groupNouns.has(compound) ? compound : singular,
      }),
    );
  }
  return out;
}

/** Every candidate of a sentence, longest wins where they overlap (phrases keep their inner name). */
export function findCandidates(g: SentenceGraph, gazetteer: Gazetteer, roles: Roles): Candidate[] {
  const named = mergeCandidates(g, dictionaryCandidates(g, gazetteer), nerCandidates(g, roles));
  const organisations = organisationCandidates(g, named, roles);
  const withOrganisations = [...organisations, ...named.filter((c) => !organisations.some((o) => overlaps(o, c)))];
  const phrases = phraseCandidates(g, withOrganisations, roles);
  const all = [...phrases, ...withOrganisations.filter((c) => !phrases.some((p) => overlaps(p, c)))];
  return all.sort((a, b) => a.start - b.start);
}

/**
 * The article's bracketed acronyms where no other candidate covers them: NER often misses an acronym it
 * has never seen, and the parser may even make "(ABC)" the head of the name it follows.
 */
export function acronymCandidates(
  g: SentenceGraph,
  acronyms: ReadonlySet<string>,
  candidates: Candidate[],
): Candidate[] {
  const found = g.tokens
    .filter((t) => acronyms.has(t.text) && !candidates.some((c) => c.start <= t.index && t.index < c.end))
    .map((t) => make(g, t.index, t.index + 1, "acronym"));
  return found.length ? [...candidates, ...found].sort((a, b) => a.start - b.start) : candidates;
}
