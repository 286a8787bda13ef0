import type { RelationType } from "../../domain";
import type { VerbPattern } from "../data/lexicon";
import type { EntityRef, FoundRelation } from "../types";
import { relation, RuleContext, SentenceAnalysis } from "./analysis";
import { coordinated, isEnt, isHardBoundary, isPassive, Item, objectAfter, ObjectOptions, subjectBefore } from "./items";

const SYMMETRIC_ATTACKS = new Set(["trade", "exchange", "clash", "battle", "fight"]);
const NEEDS_INFINITIVE = new Set(["tell", "ask", "press", "pressure", "urge"]);
const NOT_A_GIFT = /^(welcome|speech|statement|interview|warning|ultimatum|order|orders|reception|briefing|address|lecture|details|permission)$/;
const AUXILIARIES = new Set(["to", "will", "would", "could", "can", "may", "might", "must", "shall", "should", "did", "does", "do", "have", "has", "had", "not", "n't", "never", "they", "we", "he", "she", "it"]);
const CLAIM = /^(claimed|claims|claim|alleged|alleges|charged|charges|insisted|insists)$/;
const WISH = /^(want|wants|wanted|plan|plans|planned|intend|intends|intended|ask|asks|asking|asked|urge|urged|urging|tell|told|ready|prepared|offer|offered|offers|hope|hopes|hoped|aim|aims|permission|refuse|refused|refuses)$/;
const AID_WORDS = /^(aid|money|arms|weapons|support|assistance|funds|funding|loans?|dollars|supplies|equipment|medicine|food|ammunition|missiles|drones|training|cash)$/;
const DETERMINERS = /^(a|an|the|this|that|its|their|his|her|our|such|any|no)$/;
const MESSAGE_CARRYING = /^(shuttle|carry|pass)$/;
const EVENT_VERBS = new Set(["attack", "strike", "bomb", "shell", "bombard", "invade", "raid", "ambush", "storm"]);

interface VerbMatch {
  pattern: VerbPattern;
  verb: number;
  /** Index of the last word of the pattern (the particle's preposition, if any). */
  last: number;
}

function matchVerb(items: Item[], i: number, patternsByForm: Map<string, VerbPattern[]>, nounWords: Set<string>): VerbMatch | undefined {
  const word = items[i];
  if (word.kind !== "word") return undefined;
  for (const pattern of patternsByForm.get(word.lower) ?? []) {
    if (nounWords.has(word.lower) && !looksVerbal(items, i)) continue;
    // "a visit", "a surprise visit": after a determiner the word is a noun.
    if (DETERMINERS.test(items[i - 1]?.lower ?? "") || (DETERMINERS.test(items[i - 2]?.lower ?? "") && /^[\p{Ll}]+$/u.test(items[i - 1]?.text ?? "") && !/ly$/.test(items[i - 1].lower))) continue;
    let k = i;
    let ok = true;
    for (let p = 0; p < pattern.particle.length; p++) {
      const wanted = pattern.particle[p];
      const isLast = p === pattern.particle.length - 1;
      let found = -1;
      for (let n = k + 1; n < items.length && n <= k + (isLast ? 6 : 3); n++) {
        if (isHardBoundary(items[n]) || isEnt(items[n]) || (items[n].text === "," && !isLast)) break;
        if (items[n].lower === wanted) {
          found = n;
          break;
        }
      }
      if (found < 0) {
        ok = false;
        break;
      }
      k = found;
    }
    if (ok) return { pattern, verb: i, last: k };
  }
  return undefined;
}

/** A word that is also a noun ("attacks", "strikes") acts as a verb after an auxiliary or its subject. */
function looksVerbal(items: Item[], i: number): boolean {
  const prev = items[i - 1];
  if (!prev) return false;
  if (isEnt(prev)) return !["on", "against", "by", "in", "of"].includes(items[i + 1]?.lower ?? "");
  return AUXILIARIES.has(prev.lower) || /n't$/.test(prev.lower);
}

/**
 * "demanded an end to Iranian 'Axis of Resistance' attacks": when the object names attacks, the
 * demand is addressed to their author, the state in front of them.
 */
function authorOfNamedAttacks(a: SentenceAnalysis, verb: number, objectIdx: number[], ctx: RuleContext): EntityRef | undefined {
  if (!objectIdx.length) return undefined;
  const { items } = a;
  const o = objectIdx[objectIdx.length - 1];
  const next = items.slice(o + 1, o + 3).find((x) => !/^[”"’']$/.test(x.text));
  if (!next || !ctx.lexicon.nouns.some((n) => n.type === "ATTACKED" && n.words[0] === next.lower)) return undefined;
  return a.mentions.find((m) => m.role === "modifier" && m.ref.type === "State" && m.start > items[verb].end && m.end <= items[objectIdx[0]].start)?.ref;
}

function nearestEntBefore(items: Item[], v: number): number | undefined {
  for (let k = v - 1; k >= 0 && k >= v - 12; k--) {
    if (isHardBoundary(items[k])) return undefined;
    if (isEnt(items[k])) return k;
  }
  return undefined;
}

/** "received weapons from X" is backing by X; "received ministers from X" is a meeting. */
function received(a: SentenceAnalysis, items: Item[], verb: number, subjects: EntityRef[], negated: boolean): FoundRelation[] {
  const fromAt = items.slice(verb + 1, verb + 9).findIndex((x) => x.lower === "from");
  if (fromAt < 0 || negated) return [];
  const givers = objectAfter(items, verb + 1 + fromAt, { limit: 4 }).map((i) => items[i].mention!.ref);
  const gift = items.slice(verb + 1, verb + 1 + fromAt).some((x) => AID_WORDS.test(x.lower));
  const out: FoundRelation[] = [];
  for (const s of subjects) for (const g of givers) if (s.name !== g.name) out.push(gift ? relation(a, g, "BACKS", s, 0.7) : relation(a, s, "NEGOTIATED_WITH", g, 0.6));
  return out;
}

type Mood = "fact" | "threat" | "unreal";

const cue = (text: string, phrases: string[]): boolean => phrases.some((h) => new RegExp(`(^|\\s)${h.replace(/\s+/g, "\\s+")}(\\s|$)`).test(text));

/**
 * Whether the verb tells of an act that happened, one announced ("would use force", "threatened to
 * shell": a threat), or one that is only wished, needed or planned by others (unreal).
 */
function modality(items: Item[], v: number, ctx: RuleContext): { negated: boolean; mood: Mood } {
  const window = items.slice(Math.max(0, v - 4), v).map((x) => x.lower);
  const text = window.join(" ");
  const negated = window.some((w) => w === "not" || w === "never" || /n't$/.test(w)) || /\bno longer\b/.test(text);
  if (cue(text, ctx.lexicon.threat)) return { negated, mood: "threat" };
  if (cue(text, ctx.lexicon.unreal) || (items[v - 1]?.lower === "to" && window.some((w) => WISH.test(w)))) return { negated, mood: "unreal" };
  const infinitive = items[v - 1]?.lower === "to" && !ctx.lexicon.factualInfinitive.has(items[v - 2]?.lower ?? "");
  return { negated, mood: infinitive ? "unreal" : "fact" };
}

const refsOf = (items: Item[], idx: number[]): EntityRef[] => idx.map((i) => items[i].mention!.ref);

function objectOptions(pattern: VerbPattern): ObjectOptions {
  const last = pattern.particle[pattern.particle.length - 1];
  if (last && ["at", "on", "against", "with", "between", "from", "to", "upon", "into", "of", "about"].includes(last)) return {};
  switch (pattern.type) {
    case "ATTACKED":
      return { preps: ["at", "on", "against", "near", "from", "upon", "into", "targeting"], places: true };
    case "THREATENED":
      return {};
    case "OPPOSES":
      return { limit: 3, stopAtPreposition: true };
    case "NEGOTIATED_WITH":
      return { preps: ["with", "to", "in"] };
    case "BACKS":
      return { preps: ["to", "for"] };
    case "WITHDREW_FROM":
      return { preps: ["from"] };
    default:
      return { preps: ["to", "against", "on", "over", "for"] };
  }
}

/** Relations said with a verb: active ("X attacked Y"), passive ("Y was attacked by X"), coordinated subjects. */
export function verbRelations(a: SentenceAnalysis, ctx: RuleContext): FoundRelation[] {
  const { items } = a;
  const found: FoundRelation[] = [];
  for (let i = 0; i < items.length; i++) {
    const match = matchVerb(items, i, ctx.lexicon.verbsByForm, ctx.lexicon.singleWordNouns);
    if (!match) continue;
    found.push(...applyVerb(a, match, ctx));
    i = match.last;
  }
  return found;
}

function applyVerb(a: SentenceAnalysis, match: VerbMatch, ctx: RuleContext, forcedSubject?: EntityRef, attributedTo?: string): FoundRelation[] {
  const { items } = a;
  const { pattern, verb, last } = match;
  const out: FoundRelation[] = [];
  const { negated, mood } = modality(items, verb, ctx);
  let type: RelationType = pattern.type;
  let confidence = 0.8;
  if (mood !== "fact" && !forcedSubject) {
    // What would, should or might happen is not a fact, except an announced attack, which is a threat.
    if (type !== "ATTACKED" || mood === "unreal") return [];
    type = "THREATENED";
    confidence = 0.5;
  }
  const passive = !forcedSubject && !["DEMANDED", "REQUESTED"].includes(pattern.type) && pattern.pastParticiples.has(items[verb].lower) && (isPassive(items, verb) || items[last + 1]?.lower === "by");
  let subjects: EntityRef[];
  let objects: EntityRef[];
  if (passive) {
    const byAt = items.slice(last + 1, last + 5).findIndex((x) => x.lower === "by");
    const agent = byAt >= 0 ? objectAfter(items, last + 1 + byAt, { limit: 4 }) : [];
    subjects = refsOf(items, agent);
    const before = /^[”"’']$/.test(items[verb - 1]?.text ?? "") ? verb - 2 : verb - 1;
    const patient = isEnt(items[before]) ? before : subjectBefore(items, verb) ?? nearestEntBefore(items, verb);
    objects = patient !== undefined ? refsOf(items, coordinated(items, patient)) : [];
  } else {
    // "with the Omanis shuttling messages": an entity right before the verb is its subject.
    const subject = forcedSubject ? undefined : (subjectBefore(items, verb) ?? (isEnt(items[verb - 1]) ? verb - 1 : undefined));
    subjects = forcedSubject ? [forcedSubject] : subject !== undefined ? refsOf(items, coordinated(items, subject)) : [];
    // "The US claimed that ISIL had attacked Iraq": the claim accuses the subject of the reported act.
    if (subject !== undefined && items[subject - 1]?.lower === "that" && CLAIM.test(items[subject - 2]?.lower ?? "")) {
      const claimer = subjectBefore(items, subject - 2);
      if (claimer !== undefined) for (const s of subjects) out.push(relation(a, items[claimer].mention!.ref, "ACCUSED", s, 0.6));
    }
    const from = pattern.particle.length ? last : verb;
    let objectIdx = objectAfter(items, from, { ...(pattern.particle.length ? { places: pattern.type === "ATTACKED", limit: 6, stopAtPreposition: true } : objectOptions(pattern)), verbs: ctx.lexicon.allVerbForms });
    if (pattern.type === "AGREED_WITH" && !pattern.particle.length) objectIdx = [];

    if (pattern.lemma === "receive") return received(a, items, verb, subjects, negated);
    if (ctx.lexicon.transferVerbForms.has(items[verb].lower)) {
      const toAt = items.slice(verb + 1, verb + 10).findIndex((x) => x.lower === "to");
      const direct = isEnt(items[verb + 1]) ? verb + 1 : items[verb + 1]?.lower === "the" && isEnt(items[verb + 2]) ? verb + 2 : -1;
      if (items.slice(verb + 1, verb + 1 + (toAt >= 0 ? toAt : 4)).some((x) => NOT_A_GIFT.test(x.lower))) objectIdx = [];
      else if (toAt >= 0) objectIdx = objectAfter(items, verb + 1 + toAt, { limit: 4 });
      else if (direct >= 0) objectIdx = coordinated(items, direct);
      else if (pattern.type === "BACKS" && !["supply", "arm", "equip", "fund", "finance", "train", "back", "support", "help", "aid", "assist", "defend", "sponsor", "bankroll"].includes(pattern.lemma)) objectIdx = [];
    }
    if (NEEDS_INFINITIVE.has(pattern.lemma) && objectIdx.length && !items.slice(objectIdx[objectIdx.length - 1] + 1, objectIdx[objectIdx.length - 1] + 5).some((x) => x.lower === "to")) objectIdx = [];
    // "threatened to withdraw unless Israel rescinded": the threat is aimed at whoever must comply.
    if (pattern.type === "THREATENED" && !objectIdx.length) {
      const condition = items.slice(verb + 1, verb + 20).findIndex((x) => x.lower === "unless" || x.lower === "if");
      if (condition >= 0) objectIdx = objectAfter(items, verb + 1 + condition, { limit: 5 });
    }
    const author = authorOfNamedAttacks(a, verb, objectIdx, ctx);
    objects = author ? [author] : refsOf(items, objectIdx);
    // "accused Tehran of supplying the Houthis": the accused is the subject of the reported act.
    const afterObject = objectIdx.length ? objectIdx[objectIdx.length - 1] + 1 : -1;
    if (pattern.type === "ACCUSED" && afterObject > 0 && items[afterObject]?.lower === "of") {
      const inner = matchVerb(items, afterObject + 1, ctx.lexicon.verbsByForm, new Set());
      if (inner) out.push(...applyVerb(a, inner, ctx, objects[0], subjects[0]?.name));
    }
  }
  const eventKind = type === "ATTACKED" && EVENT_VERBS.has(pattern.lemma) ? "attack" : undefined;
  // "will visit Mauritania and Senegal to mediate": a visit made to mediate.
  if (type === "NEGOTIATED_WITH" && items.slice(verb + 1, verb + 12).some((x, i, all) => x.lower === "to" && /^(mediate|broker)$/.test(all[i + 1]?.lower ?? ""))) type = "MEDIATED";
  const extra = { negated: negated || undefined, attributedTo, eventKind };
  if (!objects.length && subjects.length > 1 && (["NEGOTIATED_WITH", "AGREED_WITH"].includes(type) || SYMMETRIC_ATTACKS.has(pattern.lemma))) {
    for (const s of subjects) for (const o of subjects) if (s !== o && (type === "ATTACKED" || s.name < o.name)) out.push(relation(a, s, type, o, confidence, extra));
    return out;
  }
  for (const s of subjects) {
    for (const o of objects) {
      if (s.name === o.name) continue;
      if (pattern.type === "MEDIATED") {
        out.push(relation(a, s, "MEDIATED", o, confidence, extra));
        continue;
      }
      out.push(relation(a, s, type, o, confidence, extra));
      if (type === "ATTACKED" && SYMMETRIC_ATTACKS.has(pattern.lemma)) out.push(relation(a, o, type, s, confidence * 0.9, extra));
    }
  }
  if (pattern.type === "MEDIATED" && MESSAGE_CARRYING.test(pattern.lemma) && objects.length === 2 && !negated) {
    out.push(relation(a, objects[0], "NEGOTIATED_WITH", objects[1], 0.7, { indirect: true }));
  }
  return out;
}
