import { isSymmetric, type RelationType } from "../../domain";
import type { VerbPattern } from "../dictionaries/lexicon";
import type { EntityRef, FoundRelation } from "../types";
import { factuality, type Factuality } from "./modality";
import {
  attackersFacing,
  mutualPairs,
  pairs,
  recorded,
  refsOf,
  RuleContext,
  SentenceInput,
  speakers,
} from "./rule-context";
import { agentTokens, isPassive, modifiedNoun } from "./clause";
import { relSubtype, type SentenceGraph } from "./sentence-graph";

/** Where each relation type's target stands when the lexicon entry names no preposition. */
const DEFAULT_TARGETS: Record<string, (rel: string) => boolean> = {
  NEGOTIATED_WITH: (r) => r === "obj" || r === "obl:with",
  MEDIATED: (r) => r === "obl:between" || r === "obl:among" || r === "obj",
  AGREED_WITH: (r) => r === "obl:with",
  ALLIED_WITH: (r) => r === "obl:with",
  WITHDREW_FROM: (r) => r === "obl:from" || r === "obj",
  OTHER: (r) => r === "obj" || r === "iobj",
};

function matches(g: SentenceGraph, p: number, pattern: VerbPattern, ctx: RuleContext): boolean {
  if (ctx.lexicon.needsInfinitive.has(pattern.lemma) && !g.children(p, "xcomp").length) return false;
  if (pattern.particle && !g.children(p, "compound:prt").some((e) => g.lemma(e.token) === pattern.particle))
    return false;
  if (
    pattern.objectNoun &&
    !g.children(p, (r) => r === "obj" || r === "nsubj:pass").some((e) => g.lemma(e.token) === pattern.objectNoun)
  )
    return false;
  return true;
}

function targetTokens(g: SentenceGraph, p: number, pattern: VerbPattern, passive: boolean): number[] {
  if (passive) {
    const patients = g.children(p, "nsubj:pass").map((e) => e.token);
    return patients.length ? patients : modifiedNoun(g, p);
  }
  if (pattern.targetPreps) {
    const preps = new Set(pattern.targetPreps);
    const obliques = g.children(p, (r) => r.startsWith("obl:") && preps.has(relSubtype(r))).map((e) => e.token);
    // "fired two shells at Seoul" sometimes hangs the target on the object.
    const onObject = g
      .children(p, "obj")
      .flatMap((o) =>
        g.children(o.token, (r) => r.startsWith("nmod:") && preps.has(relSubtype(r))).map((e) => e.token),
      );
    // "called on the Houthis to end ...", parsed with "on" marking the clause the Houthis are the subject of.
    const marked = g
      .children(p, (r) => r.startsWith("advcl") || r === "xcomp")
      .filter((c) => g.children(c.token, "mark").some((m) => preps.has(g.lower(m.token))))
      .flatMap((c) => g.children(c.token, "nsubj").map((e) => e.token));
    return [...obliques, ...onObject, ...marked];
  }
  const test = DEFAULT_TARGETS[pattern.type] ?? DEFAULT_TARGETS.OTHER;
  const direct = g.children(p, test).map((e) => e.token);
  if (pattern.type === "MEDIATED") {
    // "mediated a dispute between X and Y": the parties hang on the object.
    for (const o of g.children(p, "obj"))
      direct.push(...g.children(o.token, (r) => r === "nmod:between" || r === "nmod:among").map((e) => e.token));
  }
  return direct;
}

/**
 * "Israeli strikes killed five": a relation noun as the subject of a verb of force stands for
 * whoever carried it out.
 */
function agentsThroughNouns(s: SentenceInput, tokens: number[], ctx: RuleContext): EntityRef[] {
  return tokens
    .filter((t) => ctx.lexicon.nouns.get(s.graph.lemma(t))?.some((n) => n.type === "ATTACKED"))
    .flatMap((t) => nounAuthors(s, t));
}

/**
 * "X threatened to attack Y", "threatened to cut off electricity to Y", "threatened to withdraw
 * unless Y ...": a threat without an object is aimed at the target of the threatened act, else at
 * whoever the condition names.
 */
function threatTargets(s: SentenceInput, p: number): EntityRef[] {
  const g = s.graph;
  // "threatened to secede ... unless the Kremlin withdrew": the condition may hang on the threat itself.
  const conditionSubjects = (v: number): EntityRef[] =>
    refsOf(
      s,
      g
        .subtree(v)
        .filter((t) => g.children(t, "mark").some((m) => /^(unless|if)$/.test(g.lower(m.token))))
        .flatMap((t) => g.children(t, (r) => r.startsWith("nsubj")).map((e) => e.token)),
      true,
    );
  // "threatened ... to secede" is sometimes parsed as an oblique.
  for (const c of g.children(p, (r) => r === "xcomp" || r === "ccomp" || (r === "obl:to" && g.isVerb(p)))) {
    const direct = refsOf(
      s,
      g.children(c.token, (r) => r === "obj" || r.startsWith("obl:") || r === "iobj").map((e) => e.token),
    );
    if (direct.length) return direct;
    const onObject = g
      .children(c.token, "obj")
      .flatMap((o) => g.children(o.token, (r) => r.startsWith("nmod:")).map((e) => e.token));
    const nested = refsOf(s, onObject, true);
    if (nested.length) return nested;
    const conditioned = conditionSubjects(c.token);
    if (conditioned.length) return conditioned;
  }
  return conditionSubjects(p);
}

const JUDGING = new Set<RelationType>(["ACCUSED", "DEMANDED", "OPPOSES", "THREATENED"]);
const OBJECT_TARGET_PREPS = new Set(["against", "on", "upon", "at", "to", "with", "for", "toward", "towards"]);

/**
 * The target behind an object that is not itself an actor: "threatened further action against X",
 * "imposed restrictions on X"; and behind a relation noun, its author: "condemned an attack by X"
 * accuses X.
 */
function throughObject(
  s: SentenceInput,
  objects: number[],
  type: RelationType,
  agents: EntityRef[],
  ctx: RuleContext,
): EntityRef[] {
  const g = s.graph;
  const out: EntityRef[] = [];
  for (const o of objects) {
    const noun = ctx.lexicon.nouns.get(g.lemma(o));
    if (noun && type === "NEGOTIATED_WITH") {
      // "negotiate a ceasefire deal with X"
      out.push(
        ...refsOf(
          s,
          g.children(o, "nmod:with").map((e) => e.token),
        ),
      );
      continue;
    }
    if (noun) {
      if (type === "ACCUSED" || type === "DEMANDED") {
        const named = nounAuthors(s, o);
        // "condemned the strikes": the strikes the article told of, by whoever carried them out.
        const definite = g.children(o, "det").some((d) => /^(the|these|this|those)$/.test(g.lower(d.token)));
        out.push(
          ...(named.length || !definite || !noun.some((n) => n.type === "ATTACKED")
            ? named
            : attackersFacing(ctx.article, agents)),
        );
      }
      continue;
    }
    // "denounced Seoul's push", "rejected Israel's demand": what one holds against a deed, one holds against its author.
    if (JUDGING.has(type)) {
      const owners = g.children(o, "nmod:poss").flatMap((e) => s.entities.named(e.token));
      if (owners.length) {
        out.push(...owners);
        continue;
      }
    }
    // "defended the right of Soviet troops": what one backs, one backs its holder.
    const preps = (r: string): boolean =>
      r.startsWith("nmod:") && (OBJECT_TARGET_PREPS.has(relSubtype(r)) || (type === "BACKS" && relSubtype(r) === "of"));
    for (const e of g.children(o, preps)) {
      // "demanded an end to Iranian attacks": the demand is made of whoever carries them out.
      if ((type === "DEMANDED" || type === "ACCUSED") && ctx.lexicon.nouns.has(g.lemma(e.token)))
        out.push(...nounAuthors(s, e.token));
      else out.push(...refsOf(s, [e.token]));
    }
  }
  return out;
}

/** The entities named in front of a relation noun or after its "by": "Israeli strikes", "attacks by X". */
function nounAuthors(s: SentenceInput, n: number): EntityRef[] {
  const out: EntityRef[] = [...s.entities.blamedFor(n)];
  for (const e of s.graph.children(
    n,
    (r) => r === "amod" || r === "compound" || r === "nmod:poss" || r === "nmod:by" || r === "nmod:agent",
  )) {
    const m = s.entities.at(e.token);
    if (m && m.ref.type !== "Place") out.push(m.ref);
    else out.push(...s.entities.denoted(e.token).filter((r) => r.type !== "Place"));
  }
  return out;
}

/**
 * "X claimed that Y attacked Z" accuses Y; so does "X said Y attacked it" (an attack told by anyone but its
 * author, or a news outlet, is laid at its author's door).
 */
function reportedAccusations(
  s: SentenceInput,
  f: Factuality,
  type: RelationType,
  agents: EntityRef[],
  ctx: RuleContext,
): FoundRelation[] {
  if (f.speechVerb === undefined || type === "ACCUSED") return [];
  const verb = s.graph.lemma(f.speechVerb);
  const claims = ctx.lexicon.claimVerbs.has(verb);
  // Reporting ("the agency reported") is not taking a side.
  if (!claims && (type !== "ATTACKED" || verb === "report")) return [];
  const speakers = refsOf(
    s,
    s.graph.children(f.speechVerb, (r) => r === "nsubj" || r === "obl:agent").map((e) => e.token),
  ).filter((x) => x.kind !== "media");
  const sideOf = (x: EntityRef): string[] =>
    [
      x.name,
      ctx.article.affiliations.get(x.name)?.name,
      ctx.dictionary.facts.get(x.name)?.partOf,
      ctx.dictionary.facts.get(x.name)?.country,
    ].filter((n): n is string => !!n);
  return speakers.flatMap((speaker) =>
    pairs(
      s,
      [speaker],
      "ACCUSED",
      agents.filter((a) => !sideOf(speaker).includes(a.name)),
      0.6,
    ),
  );
}

/** "accused X of attacking Y": the one accused is who did what the complement says. */
function claimedAgents(s: SentenceInput, f: Factuality): EntityRef[] {
  if (f.claimVerb === undefined) return [];
  return refsOf(
    s,
    s.graph.children(f.claimVerb, "obj").map((e) => e.token),
  );
}

function relationsOfPattern(s: SentenceInput, p: number, pattern: VerbPattern, ctx: RuleContext): FoundRelation[] {
  const g = s.graph;
  let type: RelationType = pattern.type;
  const f = factuality(g, p, ctx.lexicon, type === "ATTACKED" ? "force" : "other");
  if (!recorded(type, f)) {
    if (type !== "ATTACKED") return [];
    if (f.mood === "unreal" && f.threatVerb !== undefined) return threatenedAct(s, p, pattern, f.threatVerb);
    // "will strike", "would attack": force announced is a threat (not so "could" or "might").
    if (announced(g, p, f)) return threatenedAct(s, p, pattern, p);
    return [];
  }
  const passive = isPassive(g, p);
  const ownSubject = g.children(p, (r) => r.startsWith("nsubj") || r === "obl:agent").length > 0;
  const agentAt = agentTokens(g, p, passive);
  // "accused X of supplying Y": the one who supplied is X, not the accuser.
  let agents = !ownSubject && f.claimVerb !== undefined ? claimedAgents(s, f) : refsOf(s, agentAt);
  if (!agents.length && type === "ATTACKED") agents = agentsThroughNouns(s, agentAt, ctx);
  if (!agents.length) agents = claimedAgents(s, f);
  // "a mortar bomb was fired at Israel from the Gaza Strip": with no agent, force comes from where it was fired.
  if (!agents.length && type === "ATTACKED" && passive)
    agents = refsOf(
      s,
      g.children(p, "obl:from").map((e) => e.token),
    );
  const targetAt = targetTokens(g, p, pattern, passive);
  let targets = refsOf(s, targetAt, true);
  // "the US delegation was led by X": who leads a state's delegation serves that state.
  if (type === "LEADS" && targetAt.length && targetAt.every((t) => s.entities.isAgentNoun(t))) type = "MEMBER_OF";
  if (!targets.length) targets = throughObject(s, targetAt, type, agents, ctx);
  if (type === "THREATENED" && !targets.length) targets = threatTargets(s, p);
  const attributedTo = speakers(s, f.speechVerb);
  const confidence = f.mood === "fact" ? (attributedTo ? 0.75 : 0.8) : 0.6;
  const eventKind = type === "ATTACKED" ? ctx.lexicon.verbEvents.get(pattern.lemma) : undefined;
  // "will visit Mauritania and Senegal to mediate in their dispute": the visit is mediation.
  const mediating =
    type === "NEGOTIATED_WITH" &&
    g
      .children(p, (r) => r.startsWith("advcl") || r === "xcomp")
      .some((c) => ctx.lexicon.brokerVerbs.has(g.lemma(c.token)));
  if (mediating) type = "MEDIATED";
  const extra = { ...(attributedTo ? { attributedTo } : {}), ...(eventKind ? { eventKind } : {}) };
  const out: FoundRelation[] = [];
  if (!targets.length && agents.length > 1 && (isSymmetric(type) || pattern.mutual)) {
    out.push(...mutualPairs(s, agents, type, confidence, pattern.mutual, extra));
  } else {
    out.push(...pairs(s, agents, type, targets, confidence, extra));
    if (pattern.mutual) out.push(...pairs(s, targets, type, agents, confidence * 0.9, extra));
  }
  if (type === "MEDIATED" && f.mood === "fact" && ctx.lexicon.goBetweenVerbs.has(pattern.lemma)) {
    out.push(
      ...mutualPairs(
        s,
        targets.filter((t) => t.type !== "Place"),
        "NEGOTIATED_WITH",
        0.65,
        false,
        { ...extra, indirect: true },
      ),
    );
  }
  out.push(...reportedAccusations(s, f, type, agents, ctx));
  return out;
}

/** Whether an unreal or future act is announced ("will", "would", "'ll") rather than only possible. */
function announced(g: SentenceGraph, p: number, f: Factuality): boolean {
  if (f.mood !== "future" && f.mood !== "unreal") return false;
  if (g.children(p, "mark").some((m) => /^(if|unless|whether)$/.test(g.lower(m.token)))) return false;
  return g.children(p, "aux").some((e) => /^(will|would|'ll|shall)$/.test(g.lower(e.token)));
}

/**
 * "will withdraw their force from Chad unless ...", "would cut ties if ...": a punitive act held over
 * someone is a threat against its target and against whoever the condition names.
 */
function heldOverThreats(s: SentenceInput, p: number, ctx: RuleContext): FoundRelation[] {
  const g = s.graph;
  if (!ctx.lexicon.punitiveVerbs.has(g.lemma(p))) return [];
  const conditions = g
    .children(p, (r) => r.startsWith("advcl"))
    .filter((c) =>
      g
        .children(c.token, "mark")
        .some((m) => g.lower(m.token) === "unless" || (g.lower(m.token) === "if" && announcedByAux(g, p))),
    );
  const announcedAlone =
    announcedByAux(g, p) &&
    g.parents(p, (r) => r === "ccomp").some((e) => ctx.lexicon.modality.speechVerbs.has(g.lemma(e.token)));
  if (!conditions.length && !announcedAlone) return [];
  if (ownNegation(g, p, ctx)) return [];
  const agents = refsOf(s, agentTokens(g, p, isPassive(g, p)));
  const direct = refsOf(
    s,
    g.children(p, (r) => r === "obj" || r.startsWith("obl:")).map((e) => e.token),
    true,
  );
  const onObject = refsOf(
    s,
    g.children(p, "obj").flatMap((o) => g.children(o.token, (r) => r.startsWith("nmod:")).map((e) => e.token)),
    true,
  );
  const named = refsOf(
    s,
    conditions.flatMap((c) => g.children(c.token, (r) => r.startsWith("nsubj")).map((e) => e.token)),
    true,
  );
  return pairs(
    s,
    agents,
    "THREATENED",
    [...direct, ...onObject, ...named].filter((t) => t.type !== "Place"),
    0.6,
  );
}

const announcedByAux = (g: SentenceGraph, p: number): boolean =>
  g.children(p, "aux").some((e) => /^(will|would|'ll|shall)$/.test(g.lower(e.token)));
const ownNegation = (g: SentenceGraph, p: number, ctx: RuleContext): boolean =>
  g.children(p, (r) => r === "advmod").some((e) => ctx.lexicon.modality.negation.has(g.lower(e.token)));

/** "vowed to strike X", "threatened to attack X": not an attack, a threat against X. */
function threatenedAct(s: SentenceInput, p: number, pattern: VerbPattern, threatVerb: number): FoundRelation[] {
  const g = s.graph;
  let agents = refsOf(s, agentTokens(g, p, false));
  if (!agents.length) agents = refsOf(s, agentTokens(g, threatVerb, isPassive(g, threatVerb)));
  const targets = refsOf(s, targetTokens(g, p, pattern, false));
  return pairs(s, agents, "THREATENED", targets, 0.6);
}

/**
 * "vowed a befitting reply", "warned of a response": a threat of retaliation, aimed where the noun
 * says, else at whoever the article last told attacked.
 */
function retaliationThreats(s: SentenceInput, p: number, ctx: RuleContext): FoundRelation[] {
  const g = s.graph;
  const lex = ctx.lexicon;
  if (!/^(vow|threaten|warn|promise|pledge)$/.test(g.lemma(p))) return [];
  const promised = g
    .children(p, (r) => r === "obj" || r === "obl:of")
    .map((e) => e.token)
    .filter((t) => lex.retaliationNouns.has(g.lemma(t)));
  if (!promised.length || !recorded("THREATENED", factuality(g, p, lex, "other"))) return [];
  const agents = refsOf(s, agentTokens(g, p, isPassive(g, p)));
  const aimed = refsOf(
    s,
    promised.flatMap((t) =>
      g.children(t, (r) => r === "nmod:against" || r === "nmod:to" || r === "nmod:on").map((e) => e.token),
    ),
    true,
  );
  const targets = aimed.length ? aimed : attackersFacing(ctx.article, agents);
  return pairs(s, agents, "THREATENED", targets, 0.6);
}

/**
 * "It would be a very bad day for Venezuela if it were to attack Guyana, Rubio said": a conditional
 * promise of harm to whoever would attack is a threat by the speaker.
 */
function conditionalThreats(s: SentenceInput, p: number, ctx: RuleContext): FoundRelation[] {
  const g = s.graph;
  const lex = ctx.lexicon;
  if (!lex.modality.speechVerbs.has(g.lemma(p))) return [];
  const out: FoundRelation[] = [];
  for (const c of g.children(p, (r) => r === "ccomp" || r === "parataxis")) {
    const modal = g.children(c.token, "aux").some((e) => /^(would|will|'ll)$/.test(g.lower(e.token)));
    if (!modal) continue;
    for (const a of g.children(c.token, (r) => r.startsWith("advcl"))) {
      if (!g.children(a.token, "mark").some((m) => /^(if|unless)$/.test(g.lower(m.token)))) continue;
      const patterns = lex.verbs.get(g.lemma(a.token)) ?? [];
      if (!patterns.some((pt) => pt.type === "ATTACKED")) continue;
      const threatened = refsOf(
        s,
        [
          ...g.children(c.token, (r) => r === "nmod:for" || r === "obl:for").map((e) => e.token),
          ...g.children(a.token, "nsubj").map((e) => e.token),
        ],
        true,
      );
      const speakers = refsOf(
        s,
        g.children(p, "nsubj").map((e) => e.token),
      );
      out.push(...pairs(s, speakers, "THREATENED", threatened, 0.6));
    }
  }
  return out;
}

/** "sent arms to X", "gave X aid", "supplied X with weapons": backing, when what is given is help. */
function transferRelations(s: SentenceInput, p: number, ctx: RuleContext): FoundRelation[] {
  const g = s.graph;
  const lex = ctx.lexicon;
  const entries = lex.transferVerbs.get(g.lemma(p));
  if (!entries?.some((e) => !e.particle || g.children(p, "compound:prt").some((c) => g.lemma(c.token) === e.particle)))
    return [];
  const f = factuality(g, p, lex, "other");
  if (!recorded("BACKS", f)) return [];
  // "arms", "military aid", "700 kg of medicine", "$50,000 worth of goods"
  const isAid = (t: number): boolean =>
    lex.aidNouns.has(g.lemma(t)) ||
    g
      .children(t, (r) => r === "compound" || r === "amod" || r === "nmod:of")
      .some((e) => lex.aidNouns.has(g.lemma(e.token)));
  const objects = g.children(p, (r) => r === "obj" || r === "nsubj:pass").map((e) => e.token);
  const withAid = g.children(p, "obl:with").some((e) => isAid(e.token));
  let recipients: EntityRef[] = [];
  if (objects.some(isAid))
    recipients = refsOf(
      s,
      g.children(p, (r) => r === "obl:to" || r === "iobj" || r === "obl:with").map((e) => e.token),
      true,
    );
  else if (withAid) recipients = refsOf(s, objects, true);
  if (!recipients.length) return [];
  const ownSubject = g.children(p, (r) => r.startsWith("nsubj") || r === "obl:agent").length > 0;
  const agents =
    !ownSubject && f.claimVerb !== undefined ? claimedAgents(s, f) : refsOf(s, agentTokens(g, p, isPassive(g, p)));
  const attributedTo = speakers(s, f.speechVerb);
  return pairs(s, agents, "BACKS", recipients, 0.75, attributedTo ? { attributedTo } : {});
}

/** "received weapons from X" is backing by X; "received ministers from X" is a meeting with X. */
function receiveRelations(s: SentenceInput, p: number, ctx: RuleContext): FoundRelation[] {
  const g = s.graph;
  const lex = ctx.lexicon;
  if (!lex.receiveVerbs.has(g.lemma(p))) return [];
  const f = factuality(g, p, lex, "other");
  if (!recorded("BACKS", f)) return [];
  const objects = g.children(p, (r) => r === "obj" || r === "nsubj:pass").map((e) => e.token);
  const receivers = refsOf(
    s,
    g.children(p, "nsubj").map((e) => e.token),
  );
  const fromTokens = [
    ...g.children(p, "obl:from").map((e) => e.token),
    ...objects.flatMap((o) => g.children(o, "nmod:from").map((e) => e.token)),
  ];
  const givers = refsOf(s, fromTokens);
  const aid = objects.some((o) => lex.aidNouns.has(g.lemma(o)));
  if (aid) return pairs(s, givers, "BACKS", receivers, 0.75);
  const visitors = givers.length ? givers : refsOf(s, objects);
  return pairs(s, receivers, "NEGOTIATED_WITH", visitors, 0.6);
}

/** Relations told with a verb, over the verb's subject, object, obliques and passive agent. */
export function verbRelations(s: SentenceInput, ctx: RuleContext): FoundRelation[] {
  const g = s.graph;
  const out: FoundRelation[] = [];
  for (let p = 0; p < g.length; p++) {
    if (!g.isVerb(p)) continue;
    const fitting = ctx.lexicon.verbs.get(g.lemma(p))?.filter((pt) => matches(g, p, pt, ctx)) ?? [];
    // "fight against X" is one-sided and "fight X" mutual: a pattern whose preposition the verb has comes first.
    const pattern =
      fitting.find((pt) => !pt.targetPreps || isPassive(g, p) || targetTokens(g, p, pt, false).length > 0) ??
      fitting[0];
    if (pattern) out.push(...relationsOfPattern(s, p, pattern, ctx));
    out.push(
      ...transferRelations(s, p, ctx),
      ...receiveRelations(s, p, ctx),
      ...retaliationThreats(s, p, ctx),
      ...conditionalThreats(s, p, ctx),
      ...(pattern?.type === "ATTACKED" ? [] : heldOverThreats(s, p, ctx)),
    );
  }
  return out;
}
