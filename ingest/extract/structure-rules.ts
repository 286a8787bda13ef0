import type { EntityMention, EntityRef, FoundRelation } from "../types";
import { relation, RuleContext, SentenceAnalysis } from "./analysis";
import { coordinated, isEnt, objectAfter } from "./items";

const BACKING = /^-(backed|aligned|affiliated|allied|supported|sponsored|funded|armed|trained|controlled|linked)\b/i;
const PRO = /\bpro-$/i;
const RANK_WORDS = /^(deputy|vice|assistant|former|senior|top|chief|special|acting|interim|foreign|defence|defense|interior|finance|national|security|nuclear|middle|east|mideast|regional|state|chief|head|new|then|outgoing|de facto|army|military|presidential|main|lead|top)$/i;
const POSSESSIVE_PRONOUNS = /\b(its|their|his|her)\s*$/i;
const PART_WORDS = /^(wing|unit|arm|branch|division|part|member|faction|affiliate|subsidiary|component|section|brigade)$/i;

const PORTFOLIO = /^(mideast|middle|east|nuclear|foreign|security|intelligence|policy|diplomatic|spy|negotiating|regional|affairs|economic|political|media|press)$/;

function titleKind(title: string, ctx: RuleContext): "LEADS" | "MEMBER_OF" | undefined {
  const words = title.toLowerCase().replace(/['’]s\b/g, "").split(/[\s]+/).filter(Boolean);
  if (!words.length) return undefined;
  for (let len = Math.min(3, words.length); len >= 1; len--) {
    const tail = words.slice(-len).join(" ");
    // A deputy, or the chief of one portfolio ("Mideast chief"), serves the body without leading it.
    const junior = words.some((w) => /^(deputy|vice|assistant)$/.test(w)) || (/^(chief|head)$/.test(tail) && words.some((w) => PORTFOLIO.test(w)));
    if (ctx.lexicon.leaderTitles.has(tail)) return junior ? "MEMBER_OF" : "LEADS";
    if (ctx.lexicon.memberTitles.has(tail)) return "MEMBER_OF";
  }
  return undefined;
}

const isTitleWord = (w: string, ctx: RuleContext): boolean => {
  const l = w.toLowerCase();
  return RANK_WORDS.test(l) || ctx.lexicon.leaderTitles.has(l) || ctx.lexicon.memberTitles.has(l) || [...ctx.lexicon.memberTitles, ...ctx.lexicon.leaderTitles].some((t) => t.split(/[\s-]/).includes(l));
};

/** The State a group belongs to, from the dictionary ("White House" -> United States). */
function parentState(ref: EntityRef, ctx: RuleContext): EntityRef | undefined {
  const parent = ctx.dictionary.facts.get(ref.name)?.partOf;
  const parentRef = parent ? ctx.dictionary.byName.get(parent) : undefined;
  if (!parentRef) return undefined;
  return parentRef.type === "State" ? parentRef : parentState(parentRef, ctx);
}

const PREPOSITION_BEFORE = /\b(of|in|on|at|to|from|with|by|for|against|into|over|between|about|after|before|since|during|than|like|toward|towards)\s+(the\s+)?$/i;

/** What "its"/"their" refers to: the nearest state or group before it that is not the object of a preposition. */
function sentenceSubject(a: SentenceAnalysis, before: number): EntityMention | undefined {
  const text = a.sentence.text;
  const candidates = a.mentions.filter((m) => m.role === "head" && m.end <= before && (m.ref.type === "State" || m.ref.type === "Group"));
  for (let i = candidates.length - 1; i >= 0; i--) {
    if (!PREPOSITION_BEFORE.test(text.slice(Math.max(0, candidates[i].start - 12), candidates[i].start))) return candidates[i];
  }
  return candidates[candidates.length - 1];
}

/**
 * Titles before a name: "US President Joe Biden" (LEADS), "Iranian deputy foreign minister Ali
 * Bagheri Kani", "the White House's Middle East adviser Brett McGurk" (MEMBER_OF). The entity in front
 * of the title only qualifies the person, so it becomes a modifier.
 */
function titlesBeforeNames(a: SentenceAnalysis, ctx: RuleContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  const text = a.sentence.text;
  for (const person of a.mentions.filter((m) => m.ref.type === "Actor" && m.role === "head" && !/^(he|she)$/i.test(m.surface))) {
    // A title inside the name's surface ("President Joe Biden") counts as one in front of it.
    const honorific = ctx.lexicon.honorifics.find((h) => person.surface.startsWith(h + " "));
    const inSurface = honorific ? honorific + " " : "";
    const before = text.slice(0, person.start) + inSurface;
    const titleMatch = /((?:[\p{L}-]+\s+){0,6})$/u.exec(before.replace(/[“”"]/g, " "));
    const titleWords = (titleMatch?.[1] ?? "").trim().split(/\s+/).filter(Boolean);
    let n = titleWords.length;
    while (n > 0 && !isTitleWord(titleWords[n - 1], ctx)) n = 0;
    let k = titleWords.length;
    while (k > 0 && isTitleWord(titleWords[k - 1], ctx)) k--;
    const title = titleWords.slice(k).join(" ");
    const kind = title ? titleKind(title, ctx) : undefined;
    if (!kind) {
      if (/\b(president|leader|minister|adviser|advisor)\s*$/i.test(before)) out.push(...dictionaryRoles(a, person, ctx));
      continue;
    }
    const titleTail = new RegExp(`((?:[\\p{L}-]+\\s+){${titleWords.length - k}})$`, "u").exec(before.replace(/[“”"]/g, " "));
    const titleStart = before.length - (titleTail?.[1].length ?? 0);
    const head = text.slice(0, titleStart);
    const owner = [...a.mentions].reverse().find((m) => m !== person && m.end <= titleStart && /^(['’]s)?\s*$/.test(text.slice(m.end, titleStart)) && m.ref.type !== "Actor");
    let affiliation: EntityRef | undefined = owner?.ref;
    if (owner) {
      const ahead = text.slice(0, owner.start);
      const possessor = [...a.mentions].reverse().find((m) => m.end <= owner.start && /^['’]s\s*$/.test(text.slice(m.end, owner.start)));
      if (POSSESSIVE_PRONOUNS.test(ahead)) affiliation = sentenceSubject(a, owner.start)?.ref ?? affiliation;
      else if (possessor) affiliation = possessor.ref;
      if (affiliation !== owner.ref || owner.ref.type !== "Place") owner.role = "modifier";
    } else if (POSSESSIVE_PRONOUNS.test(head)) {
      affiliation = sentenceSubject(a, titleStart)?.ref;
    }
    if (!affiliation) {
      out.push(...dictionaryRoles(a, person, ctx));
      continue;
    }
    if (affiliation.type === "Place") continue;
    out.push(relation(a, person.ref, kind, affiliation, 0.85, { role: title.toLowerCase() }));
    const state = affiliation.type === "Group" ? parentState(affiliation, ctx) : undefined;
    if (state) out.push(relation(a, person.ref, "MEMBER_OF", state, 0.75, { role: title.toLowerCase() }));
  }
  return out;
}

/** A title without its state ("national security adviser Jake Sullivan"): the dictionary may know whose. */
function dictionaryRoles(a: SentenceAnalysis, person: EntityMention, ctx: RuleContext): FoundRelation[] {
  const facts = ctx.dictionary.facts.get(person.ref.name);
  const out: FoundRelation[] = [];
  for (const [key, type] of [["leads", "LEADS"], ["memberOf", "MEMBER_OF"]] as const) {
    const target = facts?.[key] ? ctx.dictionary.byName.get(facts[key]!) : undefined;
    if (target) out.push(relation(a, person.ref, type, target, 0.6));
  }
  return out;
}

/** "Esmail Ghaani, commander of the Qods force" and "Ali Bagheri Kani, the deputy Iranian foreign minister". */
function appositiveTitles(a: SentenceAnalysis, ctx: RuleContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  const text = a.sentence.text;
  for (const person of a.mentions.filter((m) => m.ref.type === "Actor" && m.role === "head")) {
    const after = text.slice(person.end);
    const m = /^,\s+((?:the|a|an|its|his|her)\s+)?([^,;()]{2,90}?)(?=,|;|\(|\)|$| who | which )/.exec(after);
    if (!m) continue;
    const segStart = person.end + m[0].length - m[2].length;
    const segEnd = person.end + m[0].length;
    const segment = m[2];
    const ofMatch = /^((?:[\p{L}-]+\s+){0,4}?)([\p{L}-]+)\s+of\s+/u.exec(segment);
    const inside = a.mentions.filter((x) => x.start >= segStart && x.end <= segEnd && x.ref.type !== "Actor" && x.ref.type !== "Place");
    if (!inside.length) continue;
    if (ofMatch) {
      const kind = titleKind(`${ofMatch[1]}${ofMatch[2]}`, ctx);
      const target = inside.find((x) => x.start >= segStart + ofMatch[0].length - 1);
      if (kind && target) out.push(relation(a, person.ref, kind, target.ref, 0.85, { role: `${ofMatch[1]}${ofMatch[2]}`.trim().toLowerCase() }));
      continue;
    }
    const kind = titleKind(segment.replace(/\s+and\s+.*$/, ""), ctx) ?? titleKind(segment, ctx);
    if (kind && /^(the|a|an|its|his|her)?\s*$/i.test(m[1] ?? "")) out.push(relation(a, person.ref, kind === "LEADS" && /\b(deputy|vice)\b/i.test(segment) ? "MEMBER_OF" : kind, inside[0].ref, 0.75, { role: segment.toLowerCase() }));
  }
  return out;
}

/** "The US delegation was led by X and Y": the leaders of a state's delegation represent that state. */
function delegations(a: SentenceAnalysis): FoundRelation[] {
  const { items } = a;
  const out: FoundRelation[] = [];
  for (let i = 1; i < items.length; i++) {
    if (items[i].lower !== "delegation") continue;
    const owner = isEnt(items[i - 1]) ? items[i - 1] : undefined;
    const ledBy = items.slice(i + 1, i + 5).findIndex((x) => x.lower === "by");
    if (!owner || ledBy < 0 || !items.slice(i + 1, i + 1 + ledBy).some((x) => x.lower === "led" || x.lower === "headed")) continue;
    for (const p of objectAfter(items, i + 1 + ledBy, { limit: 12 }).flatMap((k) => coordinated(items, k))) {
      const ref = items[p].mention!.ref;
      if (ref.type === "Actor") out.push(relation(a, ref, "MEMBER_OF", owner.mention!.ref, 0.8, { role: "delegation" }));
    }
    for (const m of a.mentions.filter((x) => x.ref.type === "Actor" && x.start > items[i].end && x.role === "head")) {
      if (!out.some((r) => r.source === m.ref)) out.push(relation(a, m.ref, "MEMBER_OF", owner.mention!.ref, 0.7, { role: "delegation" }));
    }
  }
  return out;
}

/** "X, the wing of the Y", "X has become a member of Y", "Iran's Revolutionary Guards". */
function partOf(a: SentenceAnalysis): FoundRelation[] {
  const out: FoundRelation[] = [];
  const text = a.sentence.text;
  const groups = a.mentions.filter((m) => m.role === "head" && m.ref.type === "Group");
  for (const g of groups) {
    const after = text.slice(g.end);
    const apposition = /^,\s+(?:the|a|an)\s+([\p{L}-]+)\s+of\s+/u.exec(after);
    const membership = /^\s+(?:is|are|was|were|has become|have become|became|remains?)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(member|part|wing|unit|arm|branch)\s+of\s+/u.exec(after);
    const m = apposition && PART_WORDS.test(apposition[1]) ? apposition : membership;
    if (m) {
      const at = g.end + m[0].length;
      const whole = a.mentions.find((x) => x.start >= at - 1 && x.start <= at + 6 && x.ref.type !== "Actor" && x.ref.name !== g.ref.name);
      if (whole) out.push(relation(a, g.ref, "PART_OF", whole.ref, 0.8));
    }
    const before = text.slice(0, g.start);
    const owner = [...a.mentions].reverse().find((x) => x.end <= g.start && x.ref.type === "State" && /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(text.slice(x.end, g.start)));
    const itsOwner = /\bits\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(before) ? sentenceSubject(a, g.start) : undefined;
    const state = owner ?? (itsOwner?.ref.type === "State" ? itsOwner : undefined);
    if (state && state.ref.name !== g.ref.name) out.push(relation(a, g.ref, "PART_OF", state.ref, 0.7));
  }
  return out;
}

/** "Tehran-backed Houthis", "Iranian-aligned Iraqi militias", "pro-Iranian Hizbollah". */
function backingModifiers(a: SentenceAnalysis): FoundRelation[] {
  const out: FoundRelation[] = [];
  const text = a.sentence.text;
  for (const m of a.mentions) {
    const after = text.slice(m.end);
    const backed = BACKING.test(after);
    const pro = PRO.test(text.slice(Math.max(0, m.start - 4), m.start));
    if (!backed && !pro) continue;
    if (m.ref.type !== "State" && m.ref.type !== "Group" && m.ref.type !== "Actor") continue;
    const target = a.mentions.find((x) => x.start > m.end && x.start <= m.end + (backed ? 40 : 12) && x.role === "head" && x.ref.type === "Group" && /^[-\p{L}\s]*$/u.test(text.slice(m.end, x.start)));
    if (target && target.ref.name !== m.ref.name) out.push(relation(a, m.ref, "BACKS", target.ref, 0.85));
  }
  return out;
}

/** Titles and roles of people; run before the sentence's items are built, as it demotes title owners to modifiers. */
export function titleRelations(a: Omit<SentenceAnalysis, "items">, ctx: RuleContext): FoundRelation[] {
  const analysis = { ...a, items: [] };
  return [...titlesBeforeNames(analysis, ctx), ...appositiveTitles(analysis, ctx)];
}

export function structureRelations(a: SentenceAnalysis): FoundRelation[] {
  return [...delegations(a), ...partOf(a), ...backingModifiers(a)];
}
