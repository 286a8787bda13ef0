import type { RelationType } from "../../domain";
import type { BackedGroup } from "./coreference";
import type { Dictionary } from "../dictionaries/dictionary";
import type { Lexicon } from "../dictionaries/lexicon";
import type { EntityRef, FoundRelation, Sentence } from "../types";
import type { SurfaceIndex } from "./entity-typing";
import type { Factuality } from "./modality";
import type { SentenceEntities } from "./sentence-entities";
import type { SentenceGraph } from "./sentence-graph";

/** What earlier sentences of the article established, for a definite "the talks" later on. */
export interface ArticleState {
  /** The sides of the latest talks the article told of. */
  talksParties: EntityRef[];
  /** The attacks the article told of so far, in order, for "condemned the strikes". */
  attacks: { source: EntityRef; target: EntityRef }[];
  /** Person -> the state or body their title says they serve, from the titles told so far. */
  affiliations: Map<string, EntityRef>;
  /** Person -> the title the article gave them ("president"), for "his counterpart". */
  titles: Map<string, string>;
  /** People titled without saying of what ("President Lula"), for a later "the Brazilian president". */
  ownerless: { person: EntityRef; title: string }[];
  /** The two sides of the latest attack or talks, for "both sides", "the two countries". */
  sides: EntityRef[];
  /** Who the article said backs which group, in order, for a later "Iranian-affiliated forces". */
  backed: BackedGroup[];
}

export interface RuleContext {
  lexicon: Lexicon;
  dictionary: Dictionary;
  surfaces: SurfaceIndex;
  articleDate?: string;
  /** Read by every rule; the structure rules also note titles told without an owner in `ownerless`. */
  article: ArticleState;
}

/** One sentence as the relation rules read it. */
export interface SentenceInput {
  sentence: Sentence;
  graph: SentenceGraph;
  entities: SentenceEntities;
}

/** Types that are about force: told in the future or as a wish they are threats, never facts. */
export const FORCE_TYPES = new Set<RelationType>(["ATTACKED", "SANCTIONED"]);

/** Whether an act of this type, in this mood, is recorded. */
export function recorded(type: RelationType, f: Factuality): boolean {
  if (f.mood === "fact") return true;
  return f.mood === "future" && !FORCE_TYPES.has(type);
}

/** Nouns of number that only count what their "of" names: "dozens of ships", "a series of bombs". */
const COUNTING = new Set([
  "dozen",
  "dozens",
  "score",
  "scores",
  "hundred",
  "hundreds",
  "thousand",
  "thousands",
  "number",
  "series",
  "wave",
  "handful",
  "couple",
  "part",
  "parts",
  "some",
  "many",
  "most",
  "all",
  "several",
  "both",
  "each",
  "one",
  "two",
  "three",
]);

/**
 * Tokens and what they stand for as arguments: their conjuncts ("X and Y"), what a count counts
 * ("dozens of ships"), and what an "including" lists ("ships, including US naval vessels").
 */
export function withConjuncts(g: SentenceGraph, tokens: number[]): number[] {
  const out = new Set<number>();
  const add = (t: number, depth: number): void => {
    if (out.has(t) || depth > 3) return;
    out.add(t);
    for (const e of g.children(t, (r) => r.startsWith("conj") || r === "nmod:including" || r === "nmod:such_as"))
      add(e.token, depth + 1);
    if (COUNTING.has(g.lower(t)) || COUNTING.has(g.lemma(t)))
      for (const e of g.children(t, "nmod:of")) add(e.token, depth + 1);
  };
  for (const t of tokens) add(t, 0);
  return [...out];
}

/**
 * The entities tokens denote, with their conjuncts. As targets, a thing someone owns stands for its
 * owner too ("support for Guyana's sovereignty"); as agents it does not ("Iran's programme worries").
 */
export function refsOf(s: SentenceInput, tokens: number[], asTarget = false): EntityRef[] {
  const seen = new Set<string>();
  const out: EntityRef[] = [];
  for (const t of withConjuncts(s.graph, tokens)) {
    for (const ref of s.entities.denoted(t, asTarget)) {
      const key = `${ref.type}|${ref.name}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(ref);
      }
    }
  }
  return out;
}

/** The names of whoever says something, for `attributedTo`. */
export function speakers(s: SentenceInput, speechVerb: number | undefined): string | undefined {
  if (speechVerb === undefined) return undefined;
  const refs = refsOf(
    s,
    s.graph.children(speechVerb, (r) => r === "nsubj" || r === "obl:agent").map((e) => e.token),
  );
  return refs.length ? refs.map((r) => r.name).join(", ") : undefined;
}

const sameRef = (a: EntityRef, b: EntityRef): boolean => a.name === b.name && a.type === b.type;

/**
 * Whoever carried out "the strikes" someone condemns or vows to answer: the latest attack on their
 * side (themselves, or the state their title says they serve), else the latest not by their side.
 */
export function attackersFacing(article: Readonly<ArticleState>, agents: EntityRef[]): EntityRef[] {
  const side = [
    ...agents,
    ...agents.map((a) => article.affiliations.get(a.name)).filter((a): a is EntityRef => a !== undefined),
  ];
  const ours = (r: EntityRef): boolean => side.some((x) => sameRef(x, r));
  const attacks = [...article.attacks].reverse();
  const onUs = attacks.find((a) => ours(a.target) && !ours(a.source));
  const notUs = attacks.find((a) => !ours(a.source));
  const chosen = onUs ?? notUs;
  return chosen ? [chosen.source] : [];
}

/** Every source-target pair, no entity related to itself. */
export function pairs(
  s: SentenceInput,
  sources: EntityRef[],
  type: RelationType,
  targets: EntityRef[],
  confidence: number,
  extra: Partial<FoundRelation> = {},
): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const source of sources) {
    for (const target of targets) {
      if (!sameRef(source, target)) out.push({ source, type, target, sentence: s.sentence, confidence, ...extra });
    }
  }
  return out;
}

/** Each unordered pair once, for relations both sides share ("X and Y met"). */
export function mutualPairs(
  s: SentenceInput,
  parties: EntityRef[],
  type: RelationType,
  confidence: number,
  bothWays: boolean,
  extra: Partial<FoundRelation> = {},
): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (let i = 0; i < parties.length; i++) {
    for (let j = 0; j < parties.length; j++) {
      if (i === j || sameRef(parties[i], parties[j]) || (!bothWays && j < i)) continue;
      out.push({ source: parties[i], type, target: parties[j], sentence: s.sentence, confidence, ...extra });
    }
  }
  return out;
}
