import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { EventKindSchema, RELATION_TYPES, type EventKind, type RelationType } from "../../domain";
import { DATA_DIR } from "./data-dir";

const RelationTypeSchema = z.enum(RELATION_TYPES);
const words = z.array(z.string().min(1));

const LexiconFileSchema = z.object({
  verbs: z.partialRecord(RelationTypeSchema, words),
  mutualVerbs: z.partialRecord(RelationTypeSchema, words),
  verbEvents: z.record(z.string(), EventKindSchema),
  transferVerbs: words,
  receiveVerbs: words,
  punitiveVerbs: words,
  retaliationNouns: words,
  sideNouns: words,
  needsInfinitive: words,
  aidNouns: words,
  nouns: z.partialRecord(RelationTypeSchema, z.record(z.string(), EventKindSchema.nullable())),
  nounTargets: z.partialRecord(RelationTypeSchema, words),
  ofTargetNouns: words,
  supportVerbs: words,
  signingVerbs: words,
  withdrawalNouns: words,
  brokerVerbs: words,
  goBetweenVerbs: words,
  reconcileVerbs: words,
  tieNouns: words,
  effortWords: words,
  mediatorNouns: words,
  modality: z.object({
    unrealAuxiliaries: words,
    futureAuxiliaries: words,
    unrealGovernors: words,
    clauseOnlyGovernors: words,
    unrealThatGovernors: words,
    futureGovernors: words,
    unrealNouns: words,
    factualGovernors: words,
    attemptGovernors: words,
    speechVerbs: words,
    denialVerbs: words,
    negation: words,
    conditionMarkers: words,
  }),
  claimVerbs: words,
});

const RolesFileSchema = z.object({
  leaderTitles: words,
  memberTitles: words,
  honorifics: words,
  agentNouns: words,
  effortNouns: words,
  stateOrganNouns: words,
  organPortfolioWords: words,
  groupNouns: words,
  backingParticiples: words,
  organisationHeads: z.record(z.string(), z.string()),
  anaphoricHeads: z.record(z.string(), z.array(z.enum(["Actor", "Group", "State", "Place"]))),
});

/** Particles that hang on a verb (compound:prt) rather than introduce its target. */
const PARTICLES = new Set(["down", "up", "off", "out", "away", "back", "over"]);
const PREPOSITIONS = new Set([
  "at",
  "on",
  "upon",
  "into",
  "toward",
  "towards",
  "with",
  "to",
  "between",
  "among",
  "about",
  "against",
  "from",
  "of",
  "for",
  "over",
  "in",
]);

/** One way a verb says a relation; see lexicon.yaml for the entry syntax. */
export interface VerbPattern {
  type: RelationType;
  lemma: string;
  particle?: string;
  /** The lemma the verb's object must have ("open fire on": "fire"). */
  objectNoun?: string;
  /** Prepositions whose oblique is the target; when absent the type's defaults apply. */
  targetPreps?: string[];
  /** Both sides act on each other. */
  mutual: boolean;
}

export interface NounPattern {
  type: RelationType;
  /** The lemma of the noun itself (the last word of a compound). */
  head: string;
  /** Words that must stand before it as compound modifiers ("air" in "air strike"). */
  modifiers: string[];
  eventKind?: EventKind;
}

export interface SupportVerb {
  lemma: string;
  particle?: string;
  objectNoun?: string;
}

export interface Modality {
  unrealAuxiliaries: Set<string>;
  futureAuxiliaries: Set<string>;
  unrealGovernors: Set<string>;
  clauseOnlyGovernors: Set<string>;
  unrealThatGovernors: Set<string>;
  futureGovernors: Set<string>;
  unrealNouns: Set<string>;
  factualGovernors: Set<string>;
  attemptGovernors: Set<string>;
  speechVerbs: Set<string>;
  denialVerbs: Set<string>;
  negation: Set<string>;
  conditionMarkers: Set<string>;
}

export interface Roles {
  leaderTitles: Set<string>;
  memberTitles: Set<string>;
  honorifics: string[];
  agentNouns: Set<string>;
  /** Nouns of trying whose owner is the doer of what is tried: "Norway's efforts to broker". */
  effortNouns: Set<string>;
  stateOrganNouns: Set<string>;
  organPortfolioWords: Set<string>;
  groupNouns: Set<string>;
  /** Participles by which a modifier's owner backs the noun: "Iran-backed", "Russian-affiliated". Lemmas. */
  backingParticiples: Set<string>;
  organisationHeads: Map<string, string>;
  anaphoricHeads: Map<string, Set<string>>;
}

export interface Lexicon {
  /** Verb lemma -> the patterns it can start, longest first. */
  verbs: Map<string, VerbPattern[]>;
  /** Verb lemma -> the event kind an act of force told with it is. */
  verbEvents: Map<string, EventKind>;
  transferVerbs: Map<string, SupportVerb[]>;
  receiveVerbs: Set<string>;
  punitiveVerbs: Set<string>;
  retaliationNouns: Set<string>;
  sideNouns: Set<string>;
  needsInfinitive: Set<string>;
  aidNouns: Set<string>;
  /** Noun lemma -> the patterns it heads, compounds first. */
  nouns: Map<string, NounPattern[]>;
  nounTargets: Map<RelationType, Set<string>>;
  ofTargetNouns: Set<string>;
  supportVerbs: Map<string, SupportVerb[]>;
  signingVerbs: Set<string>;
  withdrawalNouns: Set<string>;
  brokerVerbs: Set<string>;
  goBetweenVerbs: Set<string>;
  reconcileVerbs: Set<string>;
  tieNouns: Set<string>;
  effortWords: Set<string>;
  mediatorNouns: Set<string>;
  modality: Modality;
  claimVerbs: Set<string>;
  roles: Roles;
}

export class LexiconError extends Error {
  constructor(file: string, problem: string) {
    super(`lexicon ${file}: ${problem}`);
    this.name = "LexiconError";
  }
}

function read<T>(name: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(parse(readFileSync(join(DATA_DIR, name), "utf8")));
  if (!parsed.success)
    throw new LexiconError(name, parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  return parsed.data;
}

/** "fire at|on" -> lemma fire, target prepositions at and on; "shoot down" -> particle down. */
export function parseVerbEntry(entry: string): Omit<VerbPattern, "type" | "mutual"> {
  const parts = entry.trim().split(/\s+/);
  const lemma = parts.shift()!;
  const last = parts[parts.length - 1];
  let targetPreps: string[] | undefined;
  if (last && (last.includes("|") || (PREPOSITIONS.has(last) && !(parts.length === 1 && PARTICLES.has(last))))) {
    targetPreps = last.split("|");
    parts.pop();
  }
  const particle = parts[0] && PARTICLES.has(parts[0]) ? parts.shift() : undefined;
  const objectNoun = parts.length ? parts.join(" ") : undefined;
  return { lemma, particle, objectNoun, targetPreps };
}

function byLemma<T extends { lemma: string }>(items: T[], weight: (item: T) => number): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => weight(b) - weight(a)))
    map.set(item.lemma, [...(map.get(item.lemma) ?? []), item]);
  return map;
}

const specificity = (p: { particle?: string; objectNoun?: string; targetPreps?: string[] }): number =>
  (p.particle ? 2 : 0) + (p.objectNoun ? 2 : 0) + (p.targetPreps ? 1 : 0);
const lowerSet = (xs: string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));

let cached: Lexicon | undefined;

/** The relation lexicon and role words, read and validated once. */
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const lex = read("lexicon.yaml", LexiconFileSchema);
  const roles = read("roles.yaml", RolesFileSchema);
  const verbPatterns: VerbPattern[] = [];
  for (const [table, mutual] of [
    [lex.verbs, false],
    [lex.mutualVerbs, true],
  ] as const) {
    for (const [type, entries] of Object.entries(table) as [RelationType, string[]][]) {
      for (const entry of entries) verbPatterns.push({ type, mutual, ...parseVerbEntry(entry) });
    }
  }
  const nounPatterns: NounPattern[] = [];
  for (const [type, entries] of Object.entries(lex.nouns) as [RelationType, Record<string, EventKind | null>][]) {
    for (const [phrase, kind] of Object.entries(entries)) {
      const parts = phrase.toLowerCase().split(/\s+/);
      nounPatterns.push({
        type,
        head: parts[parts.length - 1],
        modifiers: parts.slice(0, -1),
        eventKind: kind ?? undefined,
      });
    }
  }
  const nouns = new Map<string, NounPattern[]>();
  for (const p of [...nounPatterns].sort((a, b) => b.modifiers.length - a.modifiers.length))
    nouns.set(p.head, [...(nouns.get(p.head) ?? []), p]);
  const modality = Object.fromEntries(
    Object.entries(lex.modality).map(([k, v]) => [k, lowerSet(v)]),
  ) as unknown as Modality;
  cached = {
    verbs: byLemma(verbPatterns, specificity),
    verbEvents: new Map(Object.entries(lex.verbEvents)),
    transferVerbs: byLemma(lex.transferVerbs.map(parseVerbEntry), specificity),
    receiveVerbs: lowerSet(lex.receiveVerbs),
    punitiveVerbs: lowerSet(lex.punitiveVerbs),
    retaliationNouns: lowerSet(lex.retaliationNouns),
    sideNouns: lowerSet(lex.sideNouns),
    needsInfinitive: lowerSet(lex.needsInfinitive),
    aidNouns: lowerSet(lex.aidNouns),
    nouns,
    nounTargets: new Map(
      (Object.entries(lex.nounTargets) as [RelationType, string[]][]).map(([t, preps]) => [t, lowerSet(preps)]),
    ),
    ofTargetNouns: lowerSet(lex.ofTargetNouns),
    supportVerbs: byLemma(lex.supportVerbs.map(parseVerbEntry), specificity),
    signingVerbs: lowerSet(lex.signingVerbs),
    withdrawalNouns: lowerSet(lex.withdrawalNouns),
    brokerVerbs: lowerSet(lex.brokerVerbs),
    goBetweenVerbs: lowerSet(lex.goBetweenVerbs),
    reconcileVerbs: lowerSet(lex.reconcileVerbs),
    tieNouns: lowerSet(lex.tieNouns),
    effortWords: lowerSet(lex.effortWords),
    mediatorNouns: lowerSet(lex.mediatorNouns),
    modality,
    claimVerbs: lowerSet(lex.claimVerbs),
    roles: {
      leaderTitles: lowerSet(roles.leaderTitles),
      memberTitles: lowerSet(roles.memberTitles),
      honorifics: [...roles.honorifics].sort((a, b) => b.length - a.length),
      agentNouns: lowerSet(roles.agentNouns),
      effortNouns: lowerSet(roles.effortNouns),
      stateOrganNouns: lowerSet(roles.stateOrganNouns),
      organPortfolioWords: lowerSet(roles.organPortfolioWords),
      groupNouns: lowerSet(roles.groupNouns),
      backingParticiples: lowerSet(roles.backingParticiples),
      organisationHeads: new Map(Object.entries(roles.organisationHeads).map(([k, v]) => [k.toLowerCase(), v])),
      anaphoricHeads: new Map(Object.entries(roles.anaphoricHeads).map(([k, v]) => [k.toLowerCase(), new Set(v)])),
    },
  };
  return cached;
}
