import { isSymmetric, type RelationType } from "../../domain";
import type { NounPattern } from "../dictionaries/lexicon";
import type { EntityRef, FoundRelation } from "../types";
import { findDateExpressions, resolveDate } from "../dates";
import type { FoundEvent, Participant } from "./findings";
import { agentTokens, clauseSubjects, isPassive } from "./clause";
import { factuality } from "./modality";
import { mutualPairs, pairs, recorded, refsOf, RuleContext, SentenceInput, speakers } from "./rule-context";
import { dedupe } from "./sentence-entities";
import { relSubtype, type SentenceGraph } from "./sentence-graph";

const DISTINCT = new Set(["second", "third", "another", "next", "new", "further", "fresh", "latest", "renewed"]);
const DEFINITE = new Set(["the", "this", "that", "these", "those"]);
/** Relations by which a relation noun's author stands before it: "Israeli strikes", "US sanctions", "Hamas's attack". */
const AUTHOR_MODIFIERS = new Set(["amod", "compound", "nmod:poss"]);
const ATTACK_KINDS = new Set(["attack", "strike"]);

export interface NounResult {
  relations: FoundRelation[];
  events: FoundEvent[];
}

function matchNoun(g: SentenceGraph, n: number, patterns: NounPattern[] | undefined): NounPattern | undefined {
  return patterns?.find((p) =>
    p.modifiers.every((word) =>
      g.children(n, "compound").some((e) => g.lemma(e.token) === word || g.lower(e.token) === word),
    ),
  );
}

/** Nouns of number that stand between a support verb and its noun: "carried out a wave of attacks". */
const QUANTITY = new Set([
  "wave",
  "series",
  "spate",
  "string",
  "round",
  "number",
  "dozen",
  "score",
  "hundred",
  "volley",
  "barrage",
  "salvo",
  "flurry",
  "campaign",
  "set",
]);

/** A verb the noun is the object of, and whether that verb only carries it ("launched strikes", "held talks"). */
function supportVerb(g: SentenceGraph, n: number, ctx: RuleContext): number | undefined {
  const quantity = g.parents(n, "nmod:of").find((e) => QUANTITY.has(g.lemma(e.token)));
  const noun = quantity ? quantity.token : n;
  for (const up of g.parents(
    noun,
    (r) => r === "obj" || r === "nsubj:pass" || r === "obl:for" || r === "nmod:for" || r === "obl:to" || r === "obl:on",
  )) {
    let v = up.token;
    // "claimed responsibility for the attacks"
    if (up.rel === "nmod:for") v = g.head(v)?.token ?? v;
    const entries = ctx.lexicon.supportVerbs.get(g.lemma(v));
    if (!entries) continue;
    const fits = entries.some(
      (e) =>
        (!e.particle || g.children(v, "compound:prt").some((c) => g.lemma(c.token) === e.particle)) &&
        (!e.objectNoun || g.children(v, "obj").some((c) => g.lemma(c.token) === e.objectNoun)),
    );
    if (fits) return v;
  }
  return undefined;
}

/** Who carried out what the noun names. */
function authors(
  s: SentenceInput,
  n: number,
  pattern: NounPattern,
  support: number | undefined,
  ctx: RuleContext,
): EntityRef[] {
  const g = s.graph;
  const out: EntityRef[] = [];
  for (const e of g.children(n, (r) => AUTHOR_MODIFIERS.has(r))) {
    if (pattern.modifiers.includes(g.lemma(e.token))) continue;
    const m = s.entities.at(e.token);
    if (m && m.ref.type !== "Place") {
      out.push(m.ref);
      // "US-Iraq dialogue": the first name hangs on the second.
      for (const inner of g.children(e.token, "compound")) {
        const other = s.entities.at(inner.token);
        if (other && other !== m && other.ref.type !== "Place") out.push(other.ref);
      }
    } else if (!m) out.push(...s.entities.denoted(e.token).filter((r) => r.type !== "Place"));
  }
  out.push(
    ...refsOf(
      s,
      g.children(n, (r) => r === "nmod:by" || r === "nmod:agent" || r === "nmod:from").map((e) => e.token),
    ).filter((r) => r.type !== "Place"),
  );
  out.push(...s.entities.blamedFor(n));
  if (
    !ctx.lexicon.ofTargetNouns.has(pattern.head) &&
    pattern.type !== "NEGOTIATED_WITH" &&
    pattern.type !== "AGREED_WITH"
  ) {
    out.push(
      ...refsOf(
        s,
        g.children(n, "nmod:of").map((e) => e.token),
      ),
    );
  }
  if (support !== undefined) {
    const passive = g.children(support, (r) => r === "nsubj:pass" || r === "aux:pass").length > 0;
    const subjects = g
      .children(support, (r) => (passive ? r === "obl:agent" : r === "nsubj" || r === "nsubj:xsubj"))
      .map((e) => e.token);
    out.push(...refsOf(s, subjects));
  }
  return dedupe(out);
}

const AMONG = new Set(["between", "among"]);
/** Operations on a country's soil: "an offensive in Syria" is aimed at Syria. */
const TERRITORIAL = new Set(["offensive", "invasion", "incursion", "operation"]);

interface Targets {
  /** "attack on Y", "talks with Y": the other side. */
  other: EntityRef[];
  /** "war between X and Y", "talks among X, Y and Z": all the sides. */
  among: EntityRef[];
  /** "an insurgency against Y": of `other`, those only on the receiving end, even of a war. */
  against: EntityRef[];
}

/** Whom it was aimed at, or the other side: "attack on Y", "talks with Y", "war between X and Y". */
function targets(
  s: SentenceInput,
  n: number,
  pattern: NounPattern,
  support: number | undefined,
  ctx: RuleContext,
): Targets {
  const g = s.graph;
  const preps = new Set(ctx.lexicon.nounTargets.get(pattern.type) ?? []);
  if (!ctx.lexicon.ofTargetNouns.has(pattern.head)) preps.delete("of");
  const holders = [
    { token: n, prefix: "nmod:" },
    ...(support !== undefined ? [{ token: support, prefix: "obl:" }] : []),
  ];
  const other: number[] = [];
  const among: number[] = [];
  const against: number[] = [];
  for (const { token, prefix } of holders) {
    for (const e of g.children(token, (r) => r.startsWith(prefix) && preps.has(relSubtype(r)))) {
      (AMONG.has(relSubtype(e.rel)) ? among : other).push(e.token);
      if (relSubtype(e.rel) === "against") against.push(e.token);
    }
  }
  const result = { other: refsOf(s, other, true), among: refsOf(s, among, true), against: refsOf(s, against, true) };
  if (TERRITORIAL.has(pattern.head) && !result.other.length) {
    const places = g
      .children(n, "nmod:in")
      .map((e) => s.entities.at(e.token)?.ref)
      .filter((r): r is EntityRef => r?.type === "State");
    result.other.push(...places);
  }
  return result;
}

/**
 * Whether a broker's verb tells of work that is done or under way: "brokered", "efforts to broker",
 * "tried to mediate", "will continue to exert efforts to normalise"; not "could broker", "wants to".
 */
function brokering(g: SentenceGraph, v: number, ctx: RuleContext): boolean {
  const m = ctx.lexicon.modality;
  let current = v;
  for (let depth = 0; depth < 6; depth++) {
    const negated = g
      .children(current, (r) => r === "advmod" || r === "det")
      .some((e) => m.negation.has(g.lower(e.token)));
    const unrealAux = g.children(current, (r) => r === "aux").some((e) => m.unrealAuxiliaries.has(g.lower(e.token)));
    if (negated || unrealAux) return false;
    const up = g.head(current);
    if (!up || up.token < 0 || up.rel === "acl:relcl") return true;
    const lemma = g.lemma(up.token);
    if (ctx.lexicon.effortWords.has(lemma) || m.factualGovernors.has(lemma) || m.futureGovernors.has(lemma)) {
      current = up.token;
      continue;
    }
    if (m.unrealGovernors.has(lemma) || m.unrealNouns.has(lemma) || m.denialVerbs.has(lemma)) return false;
    return true;
  }
  return true;
}

/** "to normalise relations between Belgrade and Pristina": whoever works at it mediates between them. */
export function reconcileRelations(s: SentenceInput, ctx: RuleContext): FoundRelation[] {
  const g = s.graph;
  const out: FoundRelation[] = [];
  for (let v = 0; v < g.length; v++) {
    if (!g.isVerb(v) || !ctx.lexicon.reconcileVerbs.has(g.lemma(v)) || !brokering(g, v, ctx)) continue;
    const ties = g.children(v, "obj").filter((e) => ctx.lexicon.tieNouns.has(g.lemma(e.token)));
    const parties = refsOf(
      s,
      ties.flatMap((t) => g.children(t.token, (r) => r === "nmod:between" || r === "nmod:among").map((e) => e.token)),
      true,
    );
    if (parties.length < 2) continue;
    const workers = refsOf(s, agentTokens(g, v, isPassive(g, v)).concat(clauseSubjects(g, v))).filter(
      (w) => !parties.some((p) => p.name === w.name),
    );
    out.push(...pairs(s, dedupe(workers), "MEDIATED", parties, 0.65));
  }
  return out;
}

/**
 * A verb that makes its subject the broker of what the noun names: "Qatar hosted talks between X and
 * Y", "tried to clinch a ceasefire between X and Y" (the effort is the mediation, whatever came of it).
 */
function brokers(s: SentenceInput, n: number, ctx: RuleContext): EntityRef[] {
  const g = s.graph;
  const out: EntityRef[] = [];
  for (const up of g.parents(n, (r) => r === "obj" || r === "nsubj:pass")) {
    if (!ctx.lexicon.brokerVerbs.has(g.lemma(up.token)) || !brokering(g, up.token, ctx)) continue;
    const passive = up.rel === "nsubj:pass";
    out.push(
      ...refsOf(
        s,
        g.children(up.token, (r) => (passive ? r === "obl:agent" : r === "nsubj")).map((e) => e.token),
      ),
    );
  }
  // "Egyptian-brokered talks", "talks hosted by Qatar"; a participle right after the noun is its own even
  // when the parser hangs it on a noun before ("ties in a deal brokered by China").
  const byAgent = (v: number): boolean => g.children(v, (r) => r === "obl:agent" || r === "obl:by").length > 0;
  const next = n + 1 < g.length && g.pos(n + 1) === "VBN" && byAgent(n + 1) ? [{ rel: "acl", token: n + 1 }] : [];
  for (const e of dedupeEdges([...g.children(n, (r) => r === "amod" || r === "acl"), ...next])) {
    if (!ctx.lexicon.brokerVerbs.has(g.lemma(e.token))) continue;
    out.push(
      ...refsOf(
        s,
        g
          .children(
            e.token,
            (r) => r === "obl:agent" || r === "obl:by" || r === "obl" || r === "obl:npmod" || r === "dep",
          )
          .map((c) => c.token),
      ),
    );
  }
  return dedupe(out);
}

function eventDate(s: SentenceInput, n: number, kind: string, ctx: RuleContext): string | undefined {
  const g = s.graph;
  const exprs = findDateExpressions(s.sentence.text);
  if (!exprs.length) return undefined;
  const phrase = g.subtree(n);
  const from = g.span(phrase[0], phrase[0] + 1).start;
  const to = g.span(phrase[phrase.length - 1], phrase[phrase.length - 1] + 1).end;
  const inside = exprs.find((e) => e.start >= from && e.end <= to);
  if (inside) return resolveDate(inside.text, ctx.articleDate);
  // An agreement is dated by its own phrase ("the 2015 deal"); other events also by their clause.
  if (kind === "agreement") return undefined;
  const nearest = [...exprs].sort((a, b) => Math.abs(a.start - to) - Math.abs(b.start - to))[0];
  return resolveDate(nearest.text, ctx.articleDate);
}

function eventPlace(s: SentenceInput, n: number, support: number | undefined): EntityRef | undefined {
  const g = s.graph;
  const holders = [n, ...(support !== undefined ? [support] : [])];
  for (const h of holders) {
    for (const e of g.children(h, (r) => r === "nmod:in" || r === "obl:in" || r === "nmod:at" || r === "obl:at")) {
      const m = s.entities.at(e.token);
      if (m && (m.ref.type === "Place" || m.ref.type === "State")) return m.ref;
    }
  }
  return undefined;
}

function triggerWords(g: SentenceGraph, n: number, pattern: NounPattern): string {
  const modifiers = g
    .children(n, (r) => r === "compound" || r === "amod")
    .map((e) => e.token)
    .filter((t) => t < n && !g.isProperNoun(t) && /^[a-z-]+$/.test(g.tokens[t].text) && !DISTINCT.has(g.lower(t)))
    .sort((a, b) => a - b)
    .map((t) => g.lower(t));
  const noun = g.lower(n);
  const words = [
    ...new Set([
      ...modifiers.filter(
        (w) =>
          pattern.modifiers.includes(w) ||
          /^(air|drone|missile|rocket|peace|ceasefire|indirect|direct|nuclear|military|artillery|suicide|naval|ground|cross-border|prisoner)$/.test(
            w,
          ),
      ),
      noun,
    ]),
  ];
  return words.join(" ");
}

/**
 * Who a mediator noun names: "Qatari mediators", "Qatar and Egypt, which acted as mediators",
 * "ratified Cuba and Norway as guarantor countries", "Norway, a guarantor".
 */
function mediatorsOf(s: SentenceInput, m: number): EntityRef[] {
  const g = s.graph;
  const own = s.entities.denoted(m);
  if (own.length) return own;
  const tokens: number[] = [];
  for (const up of g.parents(m)) {
    if (up.rel === "obl:as" || up.rel === "xcomp") {
      const named = g.children(up.token, "obj").map((e) => e.token);
      tokens.push(...(named.length ? named : agentTokens(g, up.token, isPassive(g, up.token))));
    }
    if (up.rel === "appos") tokens.push(up.token);
  }
  if (g.children(m, "cop").length) tokens.push(...g.children(m, "nsubj").map((e) => e.token));
  return refsOf(s, tokens);
}

/**
 * The sides a mediator stands between: "mediators between X and Y", "mediators in talks between X and
 * Y", "guarantors in the talks" (the talks the article told of before).
 */
function mediatedParties(s: SentenceInput, m: number, ctx: RuleContext): EntityRef[] {
  const g = s.graph;
  const direct = refsOf(
    s,
    g.children(m, (r) => r === "nmod:between" || r === "nmod:among").map((e) => e.token),
  );
  if (direct.length) return direct;
  const out: EntityRef[] = [];
  for (const e of g.children(m, (r) => r === "nmod:in" || r === "nmod:of" || r === "nmod:for" || r === "nmod:to")) {
    const pattern = matchNoun(g, e.token, ctx.lexicon.nouns.get(g.lemma(e.token)));
    if (!pattern) continue;
    const sides = targets(s, e.token, pattern, supportVerb(g, e.token, ctx), ctx);
    const named = [...sides.among, ...sides.other, ...authors(s, e.token, pattern, undefined, ctx)];
    const definite = g.children(e.token, "det").some((d) => /^(the|these|those|this)$/.test(g.lower(d.token)));
    out.push(...(named.length || !definite ? named : ctx.article.talksParties));
  }
  return dedupe(out);
}

/** "X acted as mediator between A and B": X MEDIATED each side. */
export function mediatorRelations(s: SentenceInput, ctx: RuleContext): FoundRelation[] {
  const g = s.graph;
  const out: FoundRelation[] = [];
  for (let noun = 0; noun < g.length; noun++) {
    if (!g.isNoun(noun) || !ctx.lexicon.mediatorNouns.has(g.lemma(noun))) continue;
    // "guarantor countries": the role is said by the compound, the phrase is headed by the noun it modifies.
    const up = g.head(noun);
    const m = up && up.rel === "compound" && g.isNoun(up.token) ? up.token : noun;
    if (!recorded("MEDIATED", factuality(g, m, ctx.lexicon, "other"))) continue;
    const mediators = mediatorsOf(s, m);
    const parties = dedupe([
      ...mediatedParties(s, m, ctx),
      ...(m !== noun ? mediatedParties(s, noun, ctx) : []),
    ]).filter((p) => !mediators.some((x) => x.name === p.name));
    out.push(...pairs(s, mediators, "MEDIATED", parties, 0.7));
  }
  return out;
}

/**
 * Who bound themselves to an agreement or left it: "the deal that Iran signed" (SIGNED), "the United
 * States tore up the deal", "Trump's withdrawal from the deal" (WITHDREW_FROM).
 */
function agreementLinks(s: SentenceInput, n: number, ctx: RuleContext): FoundEvent["relations"] {
  const g = s.graph;
  const lex = ctx.lexicon;
  const links: FoundEvent["relations"] = [];
  const subjectsOf = (v: number): EntityRef[] => refsOf(s, agentTokens(g, v, isPassive(g, v)));
  // "the withdrawal from the deal that Iran signed": the parser may hang the clause on the noun above the
  // deal, but what is signed is the deal, not a withdrawal from it.
  const above = g
    .parents(n, (r) => r.startsWith("nmod"))
    .map((e) => e.token)
    .filter((h) => !lex.nouns.get(g.lemma(h))?.some((p) => p.eventKind === "agreement"));
  for (const holder of [n, ...above]) {
    for (const rel of g.children(holder, "acl:relcl")) {
      if (lex.signingVerbs.has(g.lemma(rel.token)))
        for (const source of subjectsOf(rel.token)) links.push({ source, type: "SIGNED", confidence: 0.8 });
    }
  }
  for (const up of g.parents(n, (r) => r === "obj" || r === "obl:from" || r === "nmod:from")) {
    const lemma = g.lemma(up.token);
    const leaves = lex.verbs.get(lemma)?.some((p) => p.type === "WITHDREW_FROM");
    if (leaves && g.isVerb(up.token) && recorded("WITHDREW_FROM", factuality(g, up.token, lex, "other"))) {
      for (const source of subjectsOf(up.token)) links.push({ source, type: "WITHDREW_FROM", confidence: 0.75 });
    }
    if (up.rel === "nmod:from" && lex.withdrawalNouns.has(lemma)) {
      const leavers = g
        .children(up.token, (r) => r === "nmod:poss" || r === "amod" || r === "compound")
        .flatMap((e) => s.entities.named(e.token));
      for (const source of leavers) links.push({ source, type: "WITHDREW_FROM", confidence: 0.75 });
    }
  }
  return links;
}

/** Generic nouns a relation noun is compounded into: "mediation mission", "peace effort", "strike campaign". */
const HOLDERS = new Set([
  "mission",
  "effort",
  "process",
  "initiative",
  "bid",
  "role",
  "campaign",
  "operation",
  "plan",
  "programme",
  "program",
]);

function heldBy(g: SentenceGraph, n: number): number {
  const up = g.head(n);
  return up && up.rel === "compound" && HOLDERS.has(g.lemma(up.token)) ? up.token : n;
}

function mergeTargets(a: Targets, b: Targets): Targets {
  return {
    other: dedupe([...a.other, ...b.other]),
    among: dedupe([...a.among, ...b.among]),
    against: dedupe([...a.against, ...b.against]),
  };
}

/** An accusation's own mood: negated or wished only by its own words, not by a denial of what it says. */
function accusationMood(g: SentenceGraph, n: number, ctx: RuleContext): ReturnType<typeof factuality> {
  const m = ctx.lexicon.modality;
  const negated = g.children(n, (r) => r === "det" || r === "advmod").some((e) => m.negation.has(g.lower(e.token)));
  return { mood: negated ? "negated" : "fact" };
}

/** "allegations by X that France played a role": the accused is the subject of what is alleged. */
function accusedInClause(s: SentenceInput, n: number): EntityRef[] {
  const g = s.graph;
  const clauses = g
    .children(n, (r) => r === "acl" || r === "ccomp" || r.startsWith("acl:") || r === "dep")
    .map((e) => e.token);
  return refsOf(
    s,
    clauses.flatMap((c) => g.children(c, (r) => r === "nsubj" || r === "nsubj:pass").map((e) => e.token)),
    true,
  );
}

/** Relations and events told with nouns: "strikes by X against Y", "X's attack on Y", "X-Y talks", "US sanctions on Z". */
export function nounRelations(s: SentenceInput, ctx: RuleContext): NounResult {
  const g = s.graph;
  const relations: FoundRelation[] = [];
  const events: FoundEvent[] = [];
  for (let n = 0; n < g.length; n++) {
    if (!g.isNoun(n) || g.isProperNoun(n)) continue;
    const pattern = matchNoun(g, n, ctx.lexicon.nouns.get(g.lemma(n)));
    if (!pattern) continue;
    // "ceasefire negotiations", "peace talks": the noun modified carries the relation, unless it is a generic holder.
    const up = g.head(n);
    if (
      up &&
      up.rel === "compound" &&
      g.isNoun(up.token) &&
      !HOLDERS.has(g.lemma(up.token)) &&
      ctx.lexicon.nouns.has(g.lemma(up.token))
    )
      continue;
    const type: RelationType = pattern.type;
    // "denied charges by X that ...": what is denied is what the charge says, not that it was made.
    const f =
      type === "ACCUSED"
        ? accusationMood(g, n, ctx)
        : factuality(g, n, ctx.lexicon, type === "ATTACKED" ? "force" : "other");
    // "undertook a mediation mission between X and Y": a relation noun compounded into a generic one.
    const holder = heldBy(g, n);
    const support = supportVerb(g, holder, ctx) ?? supportVerb(g, n, ctx);
    if (!recorded(type, f)) {
      const sides = targets(s, n, pattern, support, ctx);
      relations.push(...pairs(s, brokers(s, n, ctx), "MEDIATED", dedupe([...sides.among, ...sides.other]), 0.65));
      // "vowed to launch an offensive in X": a threat against X.
      if (type === "ATTACKED" && f.mood === "unreal" && f.threatVerb !== undefined) {
        relations.push(...pairs(s, authors(s, n, pattern, support, ctx), "THREATENED", sides.other, 0.6));
      }
      continue;
    }
    const sides =
      holder !== n
        ? mergeTargets(targets(s, n, pattern, support, ctx), targets(s, holder, pattern, support, ctx))
        : targets(s, n, pattern, support, ctx);
    if (type === "ACCUSED" && !sides.other.length) sides.other.push(...accusedInClause(s, n));
    let by = authors(s, n, pattern, support, ctx);
    const symmetric = isSymmetric(type) || pattern.eventKind === "war";
    // "since a summit with Iran": the doer of the clause is the other side.
    if (!by.length && symmetric && sides.other.length) by = refsOf(s, clauseSubjects(g, n));
    // "Yugoslavia and Slovenia agreed after days of fighting", "negotiators of both return for talks": with
    // no sides of its own, a mutual noun is between the two or more doers of its clause, unless a third
    // party brokered it (then the doers may all be one side).
    if (!by.length && symmetric && !sides.other.length && !sides.among.length && !brokers(s, n, ctx).length) {
      const doers = refsOf(s, clauseSubjects(g, n)).filter((r) => r.type !== "Place");
      if (doers.length >= 2) by = doers;
    }
    const unlike = (list: EntityRef[]) => (t: EntityRef) => !list.some((b) => b.name === t.name);
    const other = sides.other.filter(unlike(by));
    const among = sides.among.filter(unlike(by));
    const to = dedupe([...other, ...among]);
    const brokered = brokers(s, n, ctx).filter((b) => unlike(by)(b) && unlike(to)(b));
    // "officials spent days in Doha for talks mediated by Qatar": the clause's doers are at the table, perhaps all on one side.
    const seated =
      brokered.length && !by.length && !to.length ? refsOf(s, clauseSubjects(g, n)).filter(unlike(brokered)) : [];
    const attributedTo = speakers(s, f.speechVerb);
    const extra = attributedTo ? { attributedTo } : {};
    const conf = 0.7;
    const war = pattern.eventKind === "war";
    const parties = dedupe([...by, ...to, ...seated]);
    if (symmetric) {
      relations.push(
        ...pairs(s, by, type, other, conf, extra),
        ...mutualPairs(s, dedupe([...by, ...among]), type, conf, war, extra),
      );
      if (war) relations.push(...pairs(s, other.filter(unlike(sides.against)), type, by, conf, extra));
    } else {
      relations.push(...pairs(s, by, type, to, conf, extra));
    }
    for (const b of brokered) relations.push(...pairs(s, [b], "MEDIATED", parties, 0.7, extra));
    if (pattern.eventKind && recorded(type, f)) {
      const attack = ATTACK_KINDS.has(pattern.eventKind);
      const participants: Participant[] = [
        ...by.map((ref) => ({ ref, role: attack ? "attacker" : type === "MEDIATED" ? "mediator" : "party" })),
        ...to.filter((t) => t.type !== "Place").map((ref) => ({ ref, role: attack ? "target" : "party" })),
        ...seated.filter((t) => t.type !== "Place").map((ref) => ({ ref, role: "party" })),
        ...brokered.map((ref) => ({ ref, role: "mediator" })),
      ];
      const determiner = g.children(n, "det").map((e) => g.lower(e.token));
      const modifiers = g.children(n, (r) => r === "amod" || r === "compound").map((e) => g.lower(e.token));
      const place = eventPlace(s, n, support) ?? to.find((t) => t.type === "Place");
      events.push({
        kind: pattern.eventKind,
        trigger: triggerWords(g, n, pattern),
        participants,
        date: eventDate(s, n, pattern.eventKind, ctx),
        place,
        sentence: s.sentence,
        definite: determiner.some((d) => DEFINITE.has(d)) && participants.length === 0,
        distinct:
          modifiers.some((m) => DISTINCT.has(m)) || g.children(n, "nmod:of").some((e) => g.lemma(e.token) === "round"),
        relations: pattern.eventKind === "agreement" ? agreementLinks(s, n, ctx) : [],
      });
    }
  }
  return { relations, events };
}

function dedupeEdges<T extends { token: number }>(edges: T[]): T[] {
  return edges.filter((e, i) => edges.findIndex((o) => o.token === e.token) === i);
}
