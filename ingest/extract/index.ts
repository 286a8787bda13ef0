import type { EntityLabel } from "../../domain";
import type { Dictionary } from "../dictionaries/dictionary";
import type { Lexicon } from "../dictionaries/lexicon";
import type { AnnotatedDocument } from "../nlp";
import type { EntityMention, EntityRef, FoundRelation, Sentence, SourceDocument } from "../types";
import { resolveReferences, sideReferences } from "./coreference";
import { findDateExpressions, resolveDate } from "../dates";
import { articleNames, ParsedMention, SurfaceIndex, surfaceIndex, typeSentence, TypingContext } from "./entity-typing";
import type { ArticleFindings, FoundEvent } from "./findings";
import { Gazetteer } from "./gazetteer";
import { acronymCandidates, findCandidates } from "./mentions";
import { mediatorRelations, nounRelations, reconcileRelations } from "./noun-relations";
import type { ArticleState, RuleContext, SentenceInput } from "./rule-context";
import { dedupe, SentenceEntities } from "./sentence-entities";
import { SentenceGraph } from "./sentence-graph";
import { structureRelations } from "./structure-relations";
import { verbRelations } from "./verb-relations";

export type { ArticleFindings, FoundEvent, Participant } from "./findings";

export interface Extractor {
  dictionary: Dictionary;
  lexicon: Lexicon;
  gazetteer: Gazetteer;
  surfaces: SurfaceIndex;
}

export function createExtractor(dictionary: Dictionary, lexicon: Lexicon): Extractor {
  return { dictionary, lexicon, gazetteer: new Gazetteer(dictionary), surfaces: surfaceIndex(dictionary) };
}

/** An act of force told with a verb is an event of its own when its sentence places or dates it. */
function verbEvents(s: SentenceInput, relations: FoundRelation[], ctx: RuleContext): FoundEvent[] {
  const place = s.entities.mentions.find((m) => m.ref.type === "Place")?.ref;
  const dates = findDateExpressions(s.sentence.text);
  if (!place && !dates.length) return [];
  return relations
    .filter((r) => r.eventKind)
    .map((r) => ({
      kind: r.eventKind!,
      trigger: r.eventKind!,
      participants: [
        { ref: r.source, role: "attacker" },
        { ref: r.target, role: "target" },
      ],
      date: dates.length ? resolveDate(dates[0].text, ctx.articleDate) : undefined,
      place,
      sentence: s.sentence,
      definite: false,
      distinct: false,
      relations: [],
    }));
}

/** One relation per source, type, target and sentence: several rules may read the same fact. */
function distinct(relations: FoundRelation[]): FoundRelation[] {
  const best = new Map<string, FoundRelation>();
  for (const r of relations) {
    const key = `${r.source.type}:${r.source.name}|${r.type}|${r.target.type}:${r.target.name}`;
    const seen = best.get(key);
    if (!seen || r.confidence > seen.confidence) best.set(key, r);
  }
  return [...best.values()];
}

function toSentence(s: AnnotatedDocument["sentences"][number]): Sentence {
  return { index: s.index, start: s.start, end: s.end, text: s.text };
}

function absolute(m: ParsedMention, sentence: Sentence): EntityMention {
  return { start: m.start + sentence.start, end: m.end + sentence.start, surface: m.surface, ref: m.ref, role: m.role };
}

/**
 * One article through the passes, each reading what the ones before produced: candidates (NER and
 * dictionaries) → entities typed with what the whole article says of its names → references
 * (pronouns, "the group") → relations from verbs, relation nouns and phrase shapes → events.
 */
export function extractArticle(
  doc: SourceDocument,
  annotated: AnnotatedDocument,
  extractor: Extractor,
): ArticleFindings {
  const roles = extractor.lexicon.roles;
  const article: ArticleState = {
    talksParties: [],
    attacks: [],
    affiliations: new Map(),
    titles: new Map(),
    ownerless: [],
    sides: [],
    backed: [],
  };
  const ctx: RuleContext = {
    lexicon: extractor.lexicon,
    dictionary: extractor.dictionary,
    surfaces: extractor.surfaces,
    articleDate: doc.date,
    article,
  };
  const parsed = annotated.sentences.map((s) => {
    const graph = new SentenceGraph(s);
    return { graph, sentence: toSentence(s), candidates: findCandidates(graph, extractor.gazetteer, roles) };
  });
  const typing: TypingContext = {
    dictionary: extractor.dictionary,
    surfaces: extractor.surfaces,
    roles,
    names: articleNames(parsed, roles),
  };
  const findings: ArticleFindings = {
    sentences: parsed.map((p) => p.sentence),
    mentions: [],
    relations: [],
    events: [],
  };
  const history: ParsedMention[] = [];
  let previousSubjects: ParsedMention[] = [];
  const acronyms = new Set(typing.names.acronyms.keys());
  for (const { graph, sentence, candidates } of parsed) {
    const named = typeSentence(graph, acronymCandidates(graph, acronyms, candidates), typing);
    const mentions = [...named, ...resolveReferences(graph, named, history, previousSubjects, roles, article.backed)];
    previousSubjects = mentions.filter((m) => graph.parents(m.head, (r) => r.startsWith("nsubj")).length > 0);
    const input: SentenceInput = {
      sentence,
      graph,
      entities: new SentenceEntities(graph, mentions, roles, sideReferences(graph, extractor.lexicon, article)),
    };
    // Titles first: "Pakistan's Prime Minister X condemned the strikes" needs to know whose side X is on.
    const structural = structureRelations(input, ctx);
    for (const r of structural) {
      if ((r.type !== "LEADS" && r.type !== "MEMBER_OF") || r.source.type !== "Actor") continue;
      if (!article.affiliations.has(r.source.name)) article.affiliations.set(r.source.name, r.target);
      if (r.role && !article.titles.has(r.source.name)) article.titles.set(r.source.name, r.role.split(" ").pop()!);
    }
    for (const { person, title } of article.ownerless)
      if (!article.titles.has(person.name)) article.titles.set(person.name, title);
    const verbal = verbRelations(input, ctx);
    const nominal = nounRelations(input, ctx);
    const found = [
      ...verbal,
      ...nominal.relations,
      ...mediatorRelations(input, ctx),
      ...reconcileRelations(input, ctx),
      ...structural,
    ];
    findings.relations.push(...distinct(found));
    const talks = found.filter((r) => r.type === "NEGOTIATED_WITH");
    if (talks.length) article.talksParties = dedupe(talks.flatMap((r) => [r.source, r.target]));
    const attacks = found.filter((r) => r.type === "ATTACKED");
    article.attacks.push(...attacks.map((r) => ({ source: r.source, target: r.target })));
    const between = [...attacks, ...talks].find(
      (r) => r.source.type !== "Actor" && r.target.type !== "Actor" && r.target.type !== "Place",
    );
    if (between) article.sides = [between.source, between.target];
    article.backed.push(
      ...found
        .filter((r) => r.type === "BACKS" && r.target.type === "Group" && !r.negated)
        .map((r) => ({
          backer: r.source,
          group: r.target,
          country: extractor.dictionary.facts.get(r.target.name)?.country,
        })),
    );
    findings.events.push(...nominal.events, ...verbEvents(input, verbal, ctx));
    findings.mentions.push(...mentions.map((m) => absolute(m, sentence)));
    history.push(...mentions.filter((m) => m.role === "head" || m.ref.type === "Group"));
  }
  return findings;
}

/**
 * What a bare name (from a language model's answer) refers to: a dictionary entry when the whole
 * name is one, else the name with the type it was given.
 */
export function resolveName(extractor: Extractor, name: string, type: EntityLabel): EntityRef {
  const trimmed = name.trim();
  const whole = extractor.gazetteer.find(trimmed).find((m) => m.start === 0 && m.end >= trimmed.length - 1);
  return whole ? whole.surface.ref : { name: trimmed, type };
}
