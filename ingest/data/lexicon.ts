import { readFileSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";
import { parse } from "yaml";
import type { RelationType } from "../../domain";

interface LexiconFile {
  verbs: Partial<Record<RelationType, string[]>>;
  nouns: Partial<Record<RelationType, Record<string, string | null>>>;
  supportVerbs: string[];
  transferVerbs: string[];
  threat: string[];
  unreal: string[];
  factualInfinitive: string[];
  negation: string[];
}

interface RolesFile {
  leaderTitles: string[];
  memberTitles: string[];
  honorifics: string[];
  agentNouns: string[];
  groupNouns: string[];
  anaphoricHeads: string[];
  organisationHeads: string[];
}

/** One verb of the lexicon: its inflected head forms and the words that must follow it. */
export interface VerbPattern {
  type: RelationType;
  lemma: string;
  forms: Set<string>;
  pastParticiples: Set<string>;
  particle: string[];
}

export interface NounPattern {
  type: RelationType;
  words: string[];
  eventKind?: string;
}

export interface Lexicon {
  verbs: VerbPattern[];
  /** The verb patterns each inflected form can start, in the order of `verbs`. */
  verbsByForm: Map<string, VerbPattern[]>;
  nouns: NounPattern[];
  /** Relation nouns of one word ("attack", "talks"): such a word is a verb only in a verbal context. */
  singleWordNouns: Set<string>;
  supportVerbs: { forms: Set<string>; particle?: string }[];
  /** Every form of every relation verb: where an object search ends. */
  allVerbForms: Set<string>;
  transferVerbForms: Set<string>;
  threat: string[];
  unreal: string[];
  factualInfinitive: Set<string>;
  negation: string[];
  leaderTitles: Set<string>;
  memberTitles: Set<string>;
  honorifics: string[];
  agentNouns: Set<string>;
  groupNouns: Set<string>;
  anaphoricHeads: Set<string>;
  organisationHeads: Set<string>;
}

const IRREGULAR_PARTICIPLES: Record<string, string[]> = { strike: ["struck", "stricken"], shoot: ["shot"], blow: ["blown"], fight: ["fought"], tear: ["torn"], hit: ["hit"], give: ["given"], tell: ["told"], meet: ["met"], seek: ["sought"], hold: ["held"], leave: ["left"], speak: ["spoken"], withdraw: ["withdrawn"], quit: ["quit"], send: ["sent"], pull: ["pulled"], begin: ["begun"] };

/** Every form of a verb lemma: "strike" -> strike, strikes, struck, striking. */
export function verbForms(lemma: string): { all: Set<string>; participles: Set<string> } {
  const conj = nlp(lemma).verbs().conjugate()[0] as Record<string, string> | undefined;
  const all = new Set<string>(regularForms(lemma));
  const participles = new Set<string>(IRREGULAR_PARTICIPLES[lemma] ?? [pastOf(lemma)]);
  if (conj) {
    for (const key of ["Infinitive", "PastTense", "PresentTense", "Gerund", "Participle"]) if (conj[key]) all.add(conj[key].toLowerCase());
    if (conj.PastTense) participles.add(conj.PastTense.toLowerCase());
    if (conj.Participle) participles.add(conj.Participle.toLowerCase());
  }
  for (const p of participles) all.add(p);
  if (/ise$/.test(lemma)) for (const f of [...all]) all.add(f.replace(/is(e|es|ed|ing)$/, "iz$1"));
  return { all, participles };
}

function pastOf(lemma: string): string {
  if (/e$/.test(lemma)) return lemma + "d";
  if (/[^aeiou]y$/.test(lemma)) return lemma.slice(0, -1) + "ied";
  return lemma + "ed";
}

/** Regular inflections, for verbs compromise does not conjugate ("shuttle"). */
function regularForms(lemma: string): string[] {
  const third = /(s|sh|ch|x|z)$/.test(lemma) ? lemma + "es" : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + "ies" : lemma + "s";
  const gerund = /[^e]e$/.test(lemma) ? lemma.slice(0, -1) + "ing" : lemma + "ing";
  return [lemma, third, pastOf(lemma), gerund];
}

function read<T>(name: string): T {
  return parse(readFileSync(join(__dirname, name), "utf8")) as T;
}

let cached: Lexicon | undefined;

export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const lex = read<LexiconFile>("lexicon.yaml");
  const roles = read<RolesFile>("roles.yaml");
  const verbs: VerbPattern[] = [];
  for (const [type, entries] of Object.entries(lex.verbs) as [RelationType, string[]][]) {
    for (const entry of entries) {
      const [lemma, ...particle] = entry.split(/\s+/);
      const { all, participles } = verbForms(lemma);
      verbs.push({ type, lemma, forms: all, pastParticiples: participles, particle });
    }
  }
  // Longer patterns first, so "fire at" wins over a bare verb at the same place.
  verbs.sort((a, b) => b.particle.length - a.particle.length);
  const nouns: NounPattern[] = [];
  for (const [type, entries] of Object.entries(lex.nouns) as [RelationType, Record<string, string | null>][]) {
    for (const [phrase, kind] of Object.entries(entries)) nouns.push({ type, words: phrase.toLowerCase().split(/\s+/), eventKind: kind ?? undefined });
  }
  nouns.sort((a, b) => b.words.length - a.words.length);
  const formsOf = (lemmas: string[]): Set<string> => new Set(lemmas.flatMap((l) => [...verbForms(l.split(" ")[0]).all]));
  const lower = (xs: string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
  const verbsByForm = new Map<string, VerbPattern[]>();
  for (const verb of verbs) {
    for (const form of verb.forms) {
      const patterns = verbsByForm.get(form);
      if (patterns) patterns.push(verb);
      else verbsByForm.set(form, [verb]);
    }
  }
  cached = {
    verbs,
    verbsByForm,
    nouns,
    singleWordNouns: new Set(nouns.filter((n) => n.words.length === 1).map((n) => n.words[0])),
    supportVerbs: lex.supportVerbs.map((v) => {
      const [lemma, particle] = v.split(/\s+/);
      return { forms: verbForms(lemma).all, particle };
    }),
    allVerbForms: new Set(verbs.flatMap((v) => [...v.forms])),
    transferVerbForms: formsOf(lex.transferVerbs),
    threat: lex.threat,
    unreal: lex.unreal,
    factualInfinitive: new Set(lex.factualInfinitive),
    negation: lex.negation,
    leaderTitles: lower(roles.leaderTitles),
    memberTitles: lower(roles.memberTitles),
    honorifics: roles.honorifics,
    agentNouns: lower(roles.agentNouns),
    groupNouns: lower(roles.groupNouns),
    anaphoricHeads: lower(roles.anaphoricHeads),
    organisationHeads: new Set(roles.organisationHeads),
  };
  return cached;
}
