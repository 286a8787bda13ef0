import type { Lexicon, Roles } from "../dictionaries/lexicon";
import type { EntityRef } from "../types";
import type { ParsedMention } from "./entity-typing";
import type { SentenceGraph } from "./sentence-graph";

const PERSON_PRONOUNS = new Set(["he", "she", "him", "her", "his", "hers", "himself", "herself"]);
/** Pronouns for a group or a state: "they have been fighting", "their military facilities", "its envoy". */
const BODY_PRONOUNS = new Set(["they", "them", "their", "its", "it"]);
const DEFINITE = new Set(["the", "this", "that"]);

/**
 * What a pronoun or a description refers back to: the latest earlier mention of a fitting type, in
 * this sentence before it or in the sentences before. `earlier` holds the article's mentions so far,
 * newest last; `earlierSubjects` those that were subjects of their clause.
 * - "he", "his": the latest person;
 * - "they", "their", "its": the latest group or state that was a subject, in this sentence before the
 *   pronoun or in the sentence before;
 * - "the group", "the militia", "the country": the latest group or state the head noun fits;
 * - a group or agent noun its backer modifies ("Iranian-affiliated forces", "Iran-backed fighters"): the
 *   latest group the article said that backer backs;
 * - a bare group noun ("militia groups", "Iran-backed militias"): the latest group named with that noun.
 */
export function resolveReferences(
  g: SentenceGraph,
  own: ParsedMention[],
  earlier: ParsedMention[],
  earlierSubjects: ParsedMention[],
  roles: Roles,
  backed: BackedGroup[],
): ParsedMention[] {
  const out: ParsedMention[] = [];
  const inMention = (i: number): boolean => own.some((m) => m.tokenStart <= i && i < m.tokenEnd);
  const isSubject = (m: ParsedMention): boolean => g.parents(m.head, (r) => r.startsWith("nsubj")).length > 0;
  for (let i = 0; i < g.length; i++) {
    if (inMention(i)) continue;
    const before = [...earlier, ...own.filter((m) => m.tokenEnd <= i)];
    const word = g.lower(i);
    if (/^PRP\$?$/.test(g.pos(i)) && PERSON_PRONOUNS.has(word)) {
      const person = latest(before, (m) => m.ref.type === "Actor");
      if (person) out.push(refer(g, i, i + 1, i, person));
      continue;
    }
    if (/^PRP\$?$/.test(g.pos(i)) && BODY_PRONOUNS.has(word)) {
      // "it" is too often the weather or a clause; only a subject earlier in its own sentence ("India said it launched").
      const sameSentence = own.filter((m) => m.tokenEnd <= i && isSubject(m));
      const subjects = word === "it" ? sameSentence : [...earlierSubjects, ...sameSentence];
      // "they" for a state only through a plural phrase that stood for it ("Palestinian leaders said they ...").
      const plural = (m: ParsedMention): boolean => /s$/.test(m.surface) && m.surface.includes(" ");
      const body = latest(
        subjects,
        (m) =>
          m.role === "head" &&
          (m.ref.type === "Group" || (m.ref.type === "State" && (word === "its" || word === "it" || plural(m)))),
      );
      if (body) out.push(refer(g, i, i + 1, i, body));
      continue;
    }
    if (!g.isNoun(i) || g.isProperNoun(i)) continue;
    const lemma = g.lemma(i);
    const determiner = g.children(i, "det").map((e) => e.token);
    const definite = determiner.length === 1 && DEFINITE.has(g.lower(determiner[0])) && determiner[0] === i - 1;
    // "the group's leader" refers back; "the group of experts" and "the country that..." introduce.
    const introduces =
      g.children(i, (r) => r.startsWith("nmod") && r !== "nmod:poss").length > 0 ||
      g.children(i, (r) => r.startsWith("acl")).length > 0;
    const types = roles.anaphoricHeads.get(lemma);
    if (types && definite && !introduces) {
      const target = latest(
        before,
        (m) => types.has(m.ref.type) && (m.role === "head" || m.ref.type === "Group") && fitsHead(m, lemma),
      );
      if (target) out.push(refer(g, determiner[0], i + 1, i, target));
      continue;
    }
    // "the guards" after "the Revolutionary Guards", "the observatory" after "the Syrian Observatory".
    if (definite && !introduces) {
      const byName = latest(before, (m) => m.ref.type === "Group" && lastWordIs(m.ref.name, g.lower(i), lemma));
      if (byName) {
        out.push(refer(g, determiner[0], i + 1, i, byName));
        continue;
      }
    }
    const proxy = backedGroup(g, i, own, roles, backed);
    if (proxy) {
      out.push(refer(g, i, i + 1, i, proxy));
      continue;
    }
    if (
      roles.groupNouns.has(lemma) &&
      !introduces &&
      !g.children(i, (r) => r === "compound" || r === "nmod:poss").some((e) => inMention(e.token))
    ) {
      const target = latest(before, (m) => m.ref.type === "Group" && namedWith(m, lemma));
      if (target) out.push(refer(g, i, i + 1, i, target));
    }
  }
  return out;
}

/**
 * "both sides", "the two countries", "the two nuclear-armed neighbours": the two sides of the latest
 * attack or talks the article told of. Token -> the entities it stands for.
 */
export function sideReferences(
  g: SentenceGraph,
  lexicon: Lexicon,
  article: { sides: EntityRef[] },
): Map<number, EntityRef[]> {
  const out = new Map<number, EntityRef[]>();
  if (article.sides.length !== 2) return out;
  for (let i = 0; i < g.length; i++) {
    if (!g.isNoun(i) || !/s$/.test(g.lower(i)) || !lexicon.sideNouns.has(g.lemma(i))) continue;
    const both = g
      .children(i, (r) => r === "det" || r === "nummod" || r === "det:predet" || r === "cc:preconj")
      .some((e) => /^(both|two)$/.test(g.lower(e.token)));
    if (both) out.set(i, article.sides);
  }
  return out;
}

function lastWordIs(name: string, word: string, lemma: string): boolean {
  const last = name.toLowerCase().split(/\s+/).pop() ?? "";
  return last === word || last === lemma || last.replace(/e?s$/, "") === lemma;
}

/** Whether a group's name holds the noun: "Iraqi militias" for "militia", "Houthi rebels" for "rebel". */
function namedWith(m: ParsedMention, lemma: string): boolean {
  return [m.ref.name, m.surface].some((name) =>
    name
      .toLowerCase()
      .split(/[\s-]+/)
      .some((w) => w === lemma || w === `${lemma}s` || w.replace(/e?s$/, "") === lemma),
  );
}

/** "the militia" fits a group whose name or kind says militia; "the group" fits any group but a state body. */
function fitsHead(m: ParsedMention, head: string): boolean {
  if (m.ref.type !== "Group") return true;
  const kind = m.ref.kind ?? "";
  if (/media|government body|international|council|court|parliament|company|bank|people/.test(kind)) return false;
  if (["militia", "rebel", "militant", "guerrilla"].includes(head))
    return /militia|armed|movement|rebel/.test(`${kind} ${m.ref.name.toLowerCase()}`);
  if (["bloc", "union", "alliance", "coalition"].includes(head))
    return /alliance|international|union|coalition|bloc|league/.test(`${kind} ${m.ref.name.toLowerCase()}`);
  return true;
}

/** A group the article said someone backs, with the country the dictionary places it in. */
export interface BackedGroup {
  backer: EntityRef;
  group: EntityRef;
  country?: string;
}

/**
 * "Iranian-affiliated forces" after the article said Iran backs the Iraqi militias: a group or agent noun
 * with no name, modified by a backing participle whose owner is named, is the group that owner backs,
 * when only one fits: the only one it backs, or the only one placed where the phrase says ("in Iraq").
 */
function backedGroup(
  g: SentenceGraph,
  i: number,
  own: ParsedMention[],
  roles: Roles,
  backed: BackedGroup[],
): EntityRef | undefined {
  if (!roles.groupNouns.has(g.lemma(i)) && !roles.agentNouns.has(g.lemma(i))) return undefined;
  const named = (t: number): EntityRef | undefined => own.find((m) => m.tokenStart <= t && t < m.tokenEnd)?.ref;
  const places = g
    .children(i, (r) => r === "nmod:in" || r === "nmod:across" || r === "nmod:inside")
    .flatMap((e) => [e.token, ...g.children(e.token, (r) => r.startsWith("conj")).map((c) => c.token)])
    .map(named)
    .filter((r): r is EntityRef => r?.type === "State")
    .map((r) => r.name);
  for (const participle of g.children(i, "amod").filter((e) => isBackingParticiple(g, e.token, roles))) {
    for (const owner of g.children(participle.token, (r) => /^(amod|obl|obl:npmod|compound|nmod|dep|advmod)/.test(r))) {
      const backer = named(owner.token);
      if (!backer || backer.type === "Place") continue;
      const groups = new Map(backed.filter((b) => b.backer.name === backer.name).map((b) => [b.group.name, b]));
      const fitting = places.length
        ? [...groups.values()].filter((b) => b.country && places.includes(b.country))
        : [...groups.values()];
      if (fitting.length === 1) return fitting[0].group;
    }
  }
  return undefined;
}

/** "backed", "affiliated": tagged as a participle or as an adjective (whose lemma keeps the -ed). */
export function isBackingParticiple(g: SentenceGraph, t: number, roles: Roles): boolean {
  return (
    roles.backingParticiples.has(g.lemma(t)) ||
    roles.backingParticiples.has(g.lower(t).replace(/e?d$/, "")) ||
    roles.backingParticiples.has(g.lower(t).replace(/d$/, ""))
  );
}

function latest(mentions: ParsedMention[], test: (m: ParsedMention) => boolean): ParsedMention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) if (test(mentions[k])) return mentions[k];
  return undefined;
}

function refer(
  g: SentenceGraph,
  start: number,
  end: number,
  head: number,
  target: ParsedMention | EntityRef,
): ParsedMention {
  const span = g.span(start, end);
  const ref = "ref" in target ? target.ref : target;
  return { ...span, surface: g.textOf(start, end), ref, role: "head", tokenStart: start, tokenEnd: end, head };
}
