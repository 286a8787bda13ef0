import type { RelationType } from "../../domain";
import type { NounPattern } from "../data/lexicon";
import type { EntityRef, FoundRelation } from "../types";
import { FoundEvent, Participant, relation, RuleContext, SentenceAnalysis } from "./analysis";
import { findDateExpressions, resolveDate } from "./dates";
import { coordinated, governedByPreposition, isEnt, isHardBoundary, Item, objectAfter, PREPOSITIONS, subjectBefore } from "./items";

const TARGET_PREPS: Partial<Record<RelationType, string[]>> = {
  ATTACKED: ["on", "against", "at", "targeting", "upon"],
  NEGOTIATED_WITH: ["with", "between", "involving"],
  MEDIATED: ["between"],
  SANCTIONED: ["on", "against"],
  AGREED_WITH: ["with", "between"],
  WITHDREW_FROM: ["from"],
  ACCUSED: ["against"],
  BACKS: ["for", "to"],
  THREATENED: ["against", "to"],
};
const MUTUAL_FIGHTING = /(fire|clashes|fighting|battles|firefight)$/;
const OF_TARGET = /^(invasion|occupation|bombing|shelling|bombardment|siege|assault)$/;
const ATTACKER_KINDS = new Set(["attack", "strike", "war"]);
const DISTINCT = /^(second|third|another|next|new|follow-on|further|fresh|latest)$/;
const DEFINITE = /^(the|this|that|these|those)$/;
const PRE_MODIFIER_WORD = /^([\p{Ll}-]+|\d{1,4}|January|February|March|April|May|June|July|August|September|October|November|December|“|”|"|'s|’s)$/u;
/** Words that end a noun's modifiers because they are verbs ("held indirect talks"). */
const VERB_LIKE = /^(out|up|held|holds|hold|opened|open|began|begin|launched|carried|made|had|has|took|resumed|renewed|continued|ended|mounted|staged|said|says|called|announced|agreed|signed|tore|withdrew)$/;
const TIME_WORD = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d{4})$/;
const ADJECTIVES_IN_ED = /^(armed|alleged|united|limited|so-called|coordinated|sustained|renewed|concerted|unprovoked|targeted|suspected|planned|failed|stalled|renewed|unannounced|unexpected|long-awaited)$/;
const STOP_WORDS = new Set(["of", "in", "on", "at", "to", "from", "with", "by", "for", "against", "and", "or", "but", "the", "a", "an", "that", "which", "who", "as", "is", "was", "were", "are", "has", "have", "had", "be", "been", "its", "their", "his", "her", "this", "these", "those", "no", "not", "any", "such", "what", "more", "most", "than", "so", "if", "into", "about", "after", "before", "since", "during", "through"]);

function matchNoun(items: Item[], k: number, nouns: NounPattern[]): NounPattern | undefined {
  return nouns.find((n) => n.words.every((w, j) => items[k + j]?.kind === "word" && items[k + j].lower === w));
}

interface NounPhrase {
  pattern: NounPattern;
  start: number;
  end: number;
  /** Entities in front of the noun: "US sanctions", "Hamas's October 7 attack", "Israel-Hamas war". */
  modifiers: number[];
  /** Words in front of the noun ("nuclear", "indirect"), lower case. */
  preWords: string[];
  determiner?: string;
}

function readPhrase(items: Item[], k: number, pattern: NounPattern, verbForms: Set<string> = new Set()): NounPhrase {
  const modifiers: number[] = [];
  const preWords: string[] = [];
  let j = k - 1;
  let words = 0;
  while (j >= 0 && words < 6) {
    const it = items[j];
    if (isEnt(it)) {
      modifiers.unshift(j);
      j--;
      continue;
    }
    if (it.text === "-" || it.text === "–" || it.text === "“" || it.text === "”" || it.text === '"') {
      j--;
      continue;
    }
    if ((it.lower === "'s" || it.lower === "’s") && isEnt(items[j - 1])) {
      j--;
      continue;
    }
    const verbLike = VERB_LIKE.test(it.lower) || verbForms.has(it.lower) || (/^[a-z]+ed$/.test(it.lower) && !ADJECTIVES_IN_ED.test(it.lower));
    if (STOP_WORDS.has(it.lower) || !PRE_MODIFIER_WORD.test(it.text) || verbLike) break;
    preWords.unshift(it.lower);
    words++;
    j--;
  }
  const determiner = j >= 0 && DEFINITE.test(items[j].lower) ? items[j].lower : undefined;
  return { pattern, start: j + 1, end: k + pattern.words.length, modifiers, preWords, determiner };
}

/** The entity a pronoun object ("against their military facilities") stands for: the sentence's first actor. */
function pronounReferent(a: SentenceAnalysis, exclude: EntityRef[]): EntityRef | undefined {
  return a.items.find((x) => isEnt(x) && x.mention.ref.type !== "Place" && !exclude.includes(x.mention.ref))?.mention?.ref;
}

function targetsAfter(a: SentenceAnalysis, phrase: NounPhrase, preps: string[], agents: EntityRef[]): { refs: EntityRef[]; prep?: string } {
  const { items } = a;
  for (let k = phrase.end; k < items.length && k < phrase.end + 9; k++) {
    const it = items[k];
    if (isHardBoundary(it) || it.text === ",") break;
    if (it.kind !== "word" || !preps.includes(it.lower)) continue;
    const next = items[k + 1];
    if (next && /^(their|its)$/.test(next.lower) && !items.slice(k + 2, k + 4).some(isEnt)) {
      const ref = pronounReferent(a, agents);
      return ref ? { refs: [ref], prep: it.lower } : { refs: [] };
    }
    const objs = objectAfter(items, k, { limit: 4 });
    if (objs.length && governedByPreposition(items, objs[0]) === it.lower) return { refs: objs.map((o) => items[o].mention!.ref), prep: it.lower };
  }
  return { refs: [] };
}

function agentsOf(a: SentenceAnalysis, phrase: NounPhrase, ctx: RuleContext): EntityRef[] {
  const { items } = a;
  const pre = phrase.modifiers.map((i) => items[i].mention!.ref).filter((r) => r.type !== "Place");
  const modifierMentions = a.mentions.filter((m) => m.role === "modifier" && m.end <= items[phrase.end - 1].start && m.start >= (items[phrase.start]?.start ?? 0) && m.ref.type !== "Place");
  const fromModifiers = modifierMentions.map((m) => m.ref);
  if (pre.length || fromModifiers.length) return [...fromModifiers, ...pre];
  const ofIsAgent = items[phrase.end]?.lower === "of" && !OF_TARGET.test(phrase.pattern.words.join(" "));
  const by = items[phrase.end]?.lower === "by" || ofIsAgent ? objectAfter(items, phrase.end, { limit: 4 }) : [];
  if (by.length) return by.map((i) => items[i].mention!.ref);
  for (let v = phrase.start - 1; v >= 0 && v >= phrase.start - 5; v--) {
    const it = items[v];
    if (isHardBoundary(it) || it.text === ",") break;
    // Only determiners and "a wave of" stand between a support verb and its noun: not "those behind".
    const timePhrase = /^(on|in|at)$/.test(it.lower) && TIME_WORD.test(items[v + 1]?.text ?? "");
    if ((PREPOSITIONS.has(it.lower) && !["of", "for", "to"].includes(it.lower) && !timePhrase) || it.lower === "those") break;
    const support = !DEFINITE.test(items[v - 1]?.lower ?? "") && ctx.lexicon.supportVerbs.some((sv) => sv.forms.has(it.lower) && (!sv.particle || items[v + 1]?.lower === sv.particle));
    if (support || (phrase.pattern.type === "AGREED_WITH" && /^(agree[sd]?|agreeing|sign(s|ed|ing)?)$/.test(it.lower))) {
      const s = subjectBefore(items, v);
      return s !== undefined ? coordinated(items, s).map((i) => items[i].mention!.ref) : [];
    }
    if (isEnt(it)) break;
  }
  return [];
}

function eventDate(a: SentenceAnalysis, phrase: NounPhrase, ctx: RuleContext): string | undefined {
  const text = a.sentence.text;
  const exprs = findDateExpressions(text);
  if (!exprs.length) return undefined;
  const phraseStart = a.items[phrase.start]?.start ?? 0;
  const phraseEnd = a.items[phrase.end - 1].end;
  const inside = exprs.find((e) => e.start >= phraseStart && e.end <= phraseEnd);
  const near = exprs.find((e) => e.start >= phraseEnd && e.start - phraseEnd < 60 && !/[;—]/.test(text.slice(phraseEnd, e.start)));
  // An agreement is dated by its own phrase ("the 2015 nuclear deal"); other events by a date of their clause.
  const sameClause = exprs.find((e) => !/[;—]/.test(text.slice(Math.min(e.end, phraseStart), Math.max(e.start, phraseEnd))));
  const chosen = inside ?? near ?? (phrase.pattern.eventKind === "agreement" ? undefined : sameClause);
  return chosen ? resolveDate(chosen.text, ctx.articleDate) : undefined;
}

function eventPlace(a: SentenceAnalysis, phrase: NounPhrase): EntityRef | undefined {
  const { items } = a;
  const before = phrase.modifiers.map((i) => items[i].mention!.ref).find((r) => r.type === "Place");
  if (before) return before;
  for (let k = phrase.end; k < items.length && k < phrase.end + 12; k++) {
    if (isHardBoundary(items[k])) break;
    if (items[k].lower === "in" && isEnt(items[k + 1]) && ["Place", "State"].includes(items[k + 1].mention!.ref.type)) return items[k + 1].mention!.ref;
    if (items[k].lower === "in" && items[k + 1]?.lower === "the" && isEnt(items[k + 2]) && items[k + 2].mention!.ref.type === "Place") return items[k + 2].mention!.ref;
  }
  return undefined;
}

export interface NominalResult {
  relations: FoundRelation[];
  events: FoundEvent[];
}

/** Relations and events said with nouns: "strikes by X against Y", "X's attack on Y", "X-Y talks", "US sanctions on Z". */
export function nominalRelations(a: SentenceAnalysis, ctx: RuleContext): NominalResult {
  const { items } = a;
  const relations: FoundRelation[] = [];
  const events: FoundEvent[] = [];
  for (let k = 0; k < items.length; k++) {
    const pattern = matchNoun(items, k, ctx.lexicon.nouns);
    if (!pattern) continue;
    const prev = items[k - 1];
    if (prev && (prev.lower === "to" || /^(will|would|could|can|did|do|does|not)$/.test(prev.lower)) && pattern.words.length === 1) continue;
    const phrase = readPhrase(items, k, pattern, ctx.lexicon.allVerbForms);
    // "No attacks have been launched": nothing happened.
    if (/^(no|without)$/.test(items[phrase.start - 1]?.lower ?? "")) {
      k = phrase.end - 1;
      continue;
    }
    const agents = agentsOf(a, phrase, ctx);
    const noun = pattern.words.join(" ");
    const preps = [...(TARGET_PREPS[pattern.type] ?? []), ...(OF_TARGET.test(noun) ? ["of"] : []), ...(MUTUAL_FIGHTING.test(noun) ? ["with"] : [])];
    let { refs: targets } = targetsAfter(a, phrase, preps, agents);
    if (pattern.type === "ACCUSED" && !targets.length) targets = accusedInClause(a, phrase);
    const brokered = brokeredBy(a, phrase);
    if (brokered && (pattern.type === "AGREED_WITH" || pattern.type === "NEGOTIATED_WITH") && targets.length >= 2) {
      // "efforts to broker an agreement between Israel and Hamas": mediation and talks, not yet an agreement.
      for (const m of brokered) for (const t of targets) relations.push(relation(a, m, "MEDIATED", t, 0.7));
      for (const s of targets) for (const o of targets) if (s.name < o.name) relations.push(relation(a, s, "NEGOTIATED_WITH", o, 0.6));
      k = phrase.end - 1;
      continue;
    }
    const type = pattern.type;
    const symmetric = type === "NEGOTIATED_WITH" || type === "AGREED_WITH" || pattern.eventKind === "war";
    const compound = phrase.modifiers.length >= 2 && symmetric;
    const conf = 0.7;
    if (compound) {
      const refs = phrase.modifiers.map((i) => items[i].mention!.ref);
      for (const s of refs) for (const o of refs) if (s !== o && (type === "ATTACKED" || s.name < o.name)) relations.push(relation(a, s, type, o, conf));
    }
    const parties = [...new Set([...agents, ...targets])];
    if (symmetric && !compound && targets.length === 0 && agents.length >= 2) {
      for (const s of agents) for (const o of agents) if (s !== o && (type === "ATTACKED" || s.name < o.name)) relations.push(relation(a, s, type, o, conf));
    } else if (symmetric && !compound && agents.length === 0 && targets.length >= 2) {
      for (const s of targets) for (const o of targets) if (s !== o && (type === "ATTACKED" || s.name < o.name)) relations.push(relation(a, s, type, o, conf));
    } else if (!compound) {
      for (const s of agents) for (const o of targets) if (s.name !== o.name) {
        relations.push(relation(a, s, type, o, conf));
        if (pattern.eventKind === "war") relations.push(relation(a, o, type, s, conf * 0.9));
      }
    }
    if (pattern.eventKind) {
      const kindIsAttack = ATTACKER_KINDS.has(pattern.eventKind);
      const role = (isAgent: boolean): string => (pattern.type === "MEDIATED" ? (isAgent ? "mediator" : "party") : kindIsAttack && pattern.eventKind !== "war" ? (isAgent ? "attacker" : "target") : "party");
      const participants: Participant[] = [
        ...(compound ? phrase.modifiers.map((i) => ({ ref: items[i].mention!.ref, role: "party" })) : agents.map((ref) => ({ ref, role: role(true) }))),
        ...targets.filter((t) => t.type !== "Place").map((ref) => ({ ref, role: role(false) })),
      ];
      const distinct = phrase.preWords.some((w) => DISTINCT.test(w)) || items[k + pattern.words.length]?.lower === "round" || items[k - 2]?.lower === "round";
      events.push({
        kind: pattern.eventKind,
        trigger: [...phrase.preWords.filter((w) => /^[\p{Ll}-]+$/u.test(w) && !DISTINCT.test(w) && !ctx.lexicon.agentNouns.has(w)), ...pattern.words].join(" "),
        participants: dedupe(participants),
        date: eventDate(a, phrase, ctx),
        place: eventPlace(a, phrase),
        sentence: a.sentence,
        definite: !!phrase.determiner && !parties.length && !phrase.modifiers.length && !/^(that|which|who|of)$/.test(items[phrase.end]?.lower ?? ""),
        distinct,
        relations: agreementLinks(a, phrase, ctx),
      });
    }
    k = phrase.end - 1;
  }
  return { relations, events };
}

const BROKER = /^(broker|brokers|brokered|brokering|mediate|mediates|mediated|mediating|facilitate|facilitated|facilitating)$/;

/** The subject of "broker"/"mediate" right before an agreement or talks noun. */
function brokeredBy(a: SentenceAnalysis, phrase: NounPhrase): EntityRef[] | undefined {
  for (let v = phrase.start - 1; v >= 0 && v >= phrase.start - 3; v--) {
    if (BROKER.test(a.items[v].lower)) {
      const s = subjectBefore(a.items, v);
      return s !== undefined ? coordinated(a.items, s).map((i) => a.items[i].mention!.ref) : [];
    }
  }
  return undefined;
}

/** "charges by X that Monrovia is committing genocide": the accused is the subject of the that-clause. */
function accusedInClause(a: SentenceAnalysis, phrase: NounPhrase): EntityRef[] {
  const { items } = a;
  for (let k = phrase.end; k < items.length && k < phrase.end + 8; k++) {
    if (isHardBoundary(items[k])) return [];
    if (items[k].lower === "that" && isEnt(items[k + 1])) return [items[k + 1].mention!.ref];
  }
  return [];
}

function dedupe(participants: Participant[]): Participant[] {
  const seen = new Set<string>();
  return participants.filter((p) => (seen.has(p.ref.name) ? false : (seen.add(p.ref.name), true)));
}

/**
 * Who signed or left an agreement: "the deal that Iran signed", "X's withdrawal from the deal",
 * "the United States tore up their nuclear deal".
 */
function agreementLinks(a: SentenceAnalysis, phrase: NounPhrase, ctx: RuleContext): FoundEvent["relations"] {
  if (phrase.pattern.type !== "AGREED_WITH") return [];
  const { items } = a;
  const links: FoundEvent["relations"] = [];
  const rel = items.slice(phrase.end, phrase.end + 5);
  const signedAt = rel.findIndex((x) => /^(signed|ratified|negotiated|agreed)$/.test(x.lower));
  if (signedAt > 0 && /^(that|which)$/.test(rel[0].lower)) {
    const subject = rel.slice(1, signedAt).find(isEnt);
    if (subject) links.push({ source: subject.mention.ref, type: "SIGNED", confidence: 0.8 });
  }
  for (let v = phrase.start - 1; v >= 0 && v >= phrase.start - 4; v--) {
    const it = items[v];
    if (isHardBoundary(it)) break;
    const leaves = ctx.lexicon.verbs.find((p) => p.type === "WITHDREW_FROM" && p.forms.has(it.lower));
    if (leaves) {
      const s = subjectBefore(items, v);
      if (s !== undefined) for (const i of coordinated(items, s)) links.push({ source: items[i].mention!.ref, type: "WITHDREW_FROM", confidence: 0.75 });
      break;
    }
    if (it.lower === "from" && /^(withdrawal|pullout|exit)$/.test(items[v - 1]?.lower ?? "")) {
      const w = readPhrase(items, v - 1, { type: "WITHDREW_FROM", words: [items[v - 1].lower] });
      for (const ref of agentsOf(a, w, ctx)) links.push({ source: ref, type: "WITHDREW_FROM", confidence: 0.75 });
      break;
    }
  }
  return links;
}
