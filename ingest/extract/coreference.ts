import type { Roles } from "../data/lexicon";
import type { ParsedMention } from "./entity-typing";
import type { SentenceGraph } from "./sentence-graph";

const PERSON_PRONOUNS = new Set(["he", "she", "him", "her", "his", "hers", "himself", "herself"]);
const DEFINITE = new Set(["the", "this", "that"]);

/**
 * What a pronoun or a definite description ("he", "his", "the group", "the militia", "the country")
 * refers back to: the latest earlier mention of a fitting type, in this sentence before it or in the
 * sentences before. `earlier` holds the article's mentions so far, newest last.
 */
export function resolveReferences(g: SentenceGraph, own: ParsedMention[], earlier: ParsedMention[], roles: Roles): ParsedMention[] {
  const out: ParsedMention[] = [];
  const inMention = (i: number): boolean => own.some((m) => m.tokenStart <= i && i < m.tokenEnd);
  for (let i = 0; i < g.length; i++) {
    if (inMention(i)) continue;
    const before = [...earlier, ...own.filter((m) => m.tokenEnd <= i)];
    const word = g.lower(i);
    if (/^PRP\$?$/.test(g.pos(i)) && PERSON_PRONOUNS.has(word)) {
      const person = latest(before, (m) => m.ref.type === "Actor");
      if (person) out.push(refer(g, i, i + 1, i, person));
      continue;
    }
    if (!g.isNoun(i) || g.isProperNoun(i)) continue;
    const types = roles.anaphoricHeads.get(g.lemma(i));
    if (!types) continue;
    const determiner = g.children(i, "det").map((e) => e.token);
    if (determiner.length !== 1 || !DEFINITE.has(g.lower(determiner[0])) || determiner[0] !== i - 1) continue;
    // "the group's leader" refers back; "the group of experts" and "the country that..." introduce.
    if (g.children(i, (r) => r.startsWith("nmod") && r !== "nmod:poss").length || g.children(i, (r) => r.startsWith("acl")).length) continue;
    const target = latest(before, (m) => m.role === "head" && types.has(m.ref.type) && fitsHead(m, g.lemma(i)));
    if (target) out.push(refer(g, determiner[0], i + 1, i, target));
  }
  return out;
}

/** "the militia" fits a group whose name or kind says militia; "the group" fits any group but a state body. */
function fitsHead(m: ParsedMention, head: string): boolean {
  if (m.ref.type !== "Group") return true;
  const kind = m.ref.kind ?? "";
  if (/media|government body|international|council|court|parliament|company|bank/.test(kind)) return false;
  if (["militia", "rebel", "militant", "guerrilla"].includes(head)) return /militia|armed|movement|rebel/.test(`${kind} ${m.ref.name.toLowerCase()}`);
  return true;
}

function latest(mentions: ParsedMention[], test: (m: ParsedMention) => boolean): ParsedMention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) if (test(mentions[k])) return mentions[k];
  return undefined;
}

function refer(g: SentenceGraph, start: number, end: number, head: number, target: ParsedMention): ParsedMention {
  const span = g.span(start, end);
  return { ...span, surface: g.textOf(start, end), ref: target.ref, role: "head", tokenStart: start, tokenEnd: end, head };
}
