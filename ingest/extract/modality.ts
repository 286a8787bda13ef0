import type { Lexicon } from "../dictionaries/lexicon";
import { baseRel, type SentenceGraph } from "./sentence-graph";

/**
 * Whether an act a verb or a noun tells of happened:
 * - fact: it did ("attacked", "said it attacked");
 * - future: it is announced ("will hold talks"), a fact for diplomacy but not for force;
 * - unreal: it may, should or is wanted to happen, or only on a condition ("could strike", "plans to");
 * - negated: it did not ("did not attack", "denied backing").
 */
export type Mood = "fact" | "future" | "unreal" | "negated";

export interface Factuality {
  mood: Mood;
  /** The verb of saying it is reported with ("X said ..."), for attribution. */
  speechVerb?: number;
  /** The verb that makes it unreal, when that verb is a threat ("threatened to attack"). */
  threatVerb?: number;
  /** The verb whose complement it is, when that verb accuses ("accused X of attacking"). */
  claimVerb?: number;
}

/** Relations through which a governor's mood reaches what it governs. */
const INHERITS = new Set(["xcomp", "ccomp", "csubj", "dep", "parataxis", "obj", "obl", "nsubj", "iobj"]);
const THREAT_LEMMAS = new Set(["threaten", "warn", "vow"]);

function ownMood(g: SentenceGraph, p: number, lex: Lexicon): Mood | undefined {
  const m = lex.modality;
  const neg = g
    .children(p, (r) => r === "advmod" || r === "neg" || r === "det" || r === "cc:preconj")
    .some((e) => m.negation.has(g.lower(e.token)) || m.negation.has(g.lemma(e.token)));
  if (neg) return "negated";
  const aux = g.children(p, (r) => r === "aux" || r === "aux:pass").map((e) => g.lower(e.token));
  if (aux.some((a) => m.unrealAuxiliaries.has(a))) return "unreal";
  const marks = g.children(p, "mark").map((e) => g.lower(e.token));
  if (marks.some((w) => m.conditionMarkers.has(w))) return "unreal";
  // "with US efforts to broker a deal", parsed with the effort as the infinitive's subject: an aim, not an act.
  if (
    marks.includes("to") &&
    g.children(p, (r) => r.startsWith("nsubj")).some((e) => m.unrealNouns.has(g.lemma(e.token)))
  )
    return "unreal";
  // "in order to", "so as to": a purpose, not an act.
  if (g.children(p, (r) => r === "mark" || r === "advmod" || r === "fixed").some((e) => g.lower(e.token) === "order"))
    return "unreal";
  if (aux.some((a) => m.futureAuxiliaries.has(a))) return "future";
  return undefined;
}

/**
 * Reads the modality of the predicate at `p` (a verb or a relation noun) from its own auxiliaries,
 * markers and negation, then from what governs it: "wants to attack", "denied that it attacked",
 * "called for talks", "fears of war", "said it attacked" (a fact, attributed). A relation noun takes
 * the mood of the verb it is the object of only through verbs that carry it ("could launch strikes",
 * "wants to hold talks") or judge it ("denied the attack", "rejected talks"); a relative clause is an
 * assertion of its own.
 */
export function factuality(g: SentenceGraph, p: number, lex: Lexicon, forType: "force" | "other"): Factuality {
  const m = lex.modality;
  const result: Factuality = { mood: "fact" };
  let mood: Mood = "fact";
  let current = p;
  let inNounPhrase = g.isNoun(p);
  for (let depth = 0; depth < 8; depth++) {
    const own = ownMood(g, current, lex);
    if (own === "negated" || own === "unreal") return { ...result, mood: own };
    if (own === "future") mood = "future";
    const up = g.head(current);
    if (!up || up.token < 0 || up.rel === "acl:relcl") break;
    const rel = baseRel(up.rel);
    const governor = up.token;
    const lemma = g.lemma(governor);
    if (rel === "conj") {
      // "could attack and kill": the second act shares the first one's auxiliaries, unless it has a subject of its own.
      if (g.children(current, (r) => r.startsWith("nsubj")).length) break;
      current = governor;
      continue;
    }
    if (g.isNoun(governor)) {
      if ((rel === "nmod" || rel === "acl") && m.unrealNouns.has(lemma)) return { ...result, mood: "unreal" };
      // An act named inside a noun phrase shares the phrase's fate: "would not give permission to help".
      if (rel !== "nmod" && rel !== "acl") break;
      inNounPhrase = true;
      current = governor;
      continue;
    }
    if (m.denialVerbs.has(lemma) && rel !== "advcl") return { ...result, mood: "negated" };
    if (lex.claimVerbs.has(lemma) && (rel === "advcl" || rel === "obl" || rel === "ccomp")) result.claimVerb = governor;
    if (m.speechVerbs.has(lemma) && (rel === "ccomp" || rel === "parataxis" || rel === "dep")) {
      // What was said keeps its own mood; the saying may itself be hedged or denied.
      result.speechVerb ??= governor;
      current = governor;
      inNounPhrase = false;
      continue;
    }
    if (m.attemptGovernors.has(lemma) && rel === "xcomp") {
      if (forType !== "force") return { ...result, mood: "unreal" };
      current = governor;
      continue;
    }
    if (m.futureGovernors.has(lemma) && rel === "xcomp") {
      mood = "future";
      current = governor;
      continue;
    }
    if (m.factualGovernors.has(lemma) && rel === "xcomp") {
      current = governor;
      continue;
    }
    const asClause = rel !== "obj" || !m.clauseOnlyGovernors.has(lemma);
    if (
      m.unrealGovernors.has(lemma) &&
      asClause &&
      rel !== "advcl" &&
      rel !== "nsubj" &&
      (rel !== "ccomp" || m.unrealThatGovernors.has(lemma))
    ) {
      if (THREAT_LEMMAS.has(lemma)) result.threatVerb = governor;
      return { ...result, mood: "unreal" };
    }
    if (!INHERITS.has(rel)) break;
    if (inNounPhrase) {
      const carried = lex.supportVerbs.has(lemma) || lex.brokerVerbs.has(lemma);
      const verbMood = ownMood(g, governor, lex);
      if (verbMood === "negated" || verbMood === "unreal") return { ...result, mood: verbMood };
      if (verbMood === "future") mood = "future";
      if (!carried) break;
      inNounPhrase = false;
    }
    current = governor;
  }
  return { ...result, mood };
}
