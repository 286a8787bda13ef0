import type { Dictionary } from "../data/dictionary";
import type { Lexicon } from "../data/lexicon";
import type { EntityMention, FoundRelation, Sentence, SourceDocument } from "../types";
import type { FoundEvent, RuleContext, SentenceAnalysis } from "./analysis";
import { findDateExpressions, resolveDate } from "./dates";
import { Gazetteer } from "./gazetteer";
import { buildItems } from "./items";
import { nominalRelations } from "./nominal-rules";
import { spansWithin, taggedPeople } from "./people";
import { newArticleContext, recognizeSentence, RunMemory } from "./recognize";
import { splitSentences } from "./sentences";
import { structureRelations, titleRelations } from "./structure-rules";
import { verbRelations } from "./verb-rules";

export type { FoundEvent, Participant } from "./analysis";
export { splitSentences } from "./sentences";
export { newRunMemory, type RunMemory } from "./recognize";

export interface Extractor {
  dictionary: Dictionary;
  lexicon: Lexicon;
  gazetteer: Gazetteer;
}

export function createExtractor(dictionary: Dictionary, lexicon: Lexicon): Extractor {
  return { dictionary, lexicon, gazetteer: new Gazetteer(dictionary) };
}

/** What one article says, with entity references not yet resolved to ids. */
export interface ArticleFindings {
  sentences: Sentence[];
  /** Mentions with offsets into the article text. */
  mentions: EntityMention[];
  relations: FoundRelation[];
  events: FoundEvent[];
}

/** An act told with a verb is an event of its own when the sentence places or dates it. */
function verbEvents(a: SentenceAnalysis, relations: FoundRelation[], ctx: RuleContext): FoundEvent[] {
  const place = a.mentions.find((m) => m.ref.type === "Place");
  const dates = findDateExpressions(a.sentence.text);
  if (!place && !dates.length) return [];
  return relations
    .filter((r) => r.eventKind && !r.negated)
    .map((r) => ({
      kind: r.eventKind!,
      trigger: r.eventKind!,
      participants: [
        { ref: r.source, role: "attacker" },
        { ref: r.target, role: "target" },
      ],
      date: dates.length ? resolveDate(dates[0].text, ctx.articleDate) : undefined,
      place: place?.ref,
      sentence: a.sentence,
      definite: false,
      distinct: false,
      relations: [],
    }));
}

export function extractArticle(doc: SourceDocument, extractor: Extractor, run?: RunMemory): ArticleFindings {
  const ctx: RuleContext = { lexicon: extractor.lexicon, dictionary: extractor.dictionary, articleDate: doc.date };
  const context = newArticleContext(run);
  const sentences = splitSentences(doc.text);
  const findings: ArticleFindings = { sentences, mentions: [], relations: [], events: [] };
  const people = taggedPeople(doc.text);
  for (const sentence of sentences) {
    const mentions = recognizeSentence(sentence.text, context, extractor, spansWithin(people, sentence));
    const titled = titleRelations({ sentence, mentions }, ctx);
    const analysis: SentenceAnalysis = { sentence, mentions, items: buildItems(sentence.text, mentions) };
    const verbal = verbRelations(analysis, ctx);
    const nominal = nominalRelations(analysis, ctx);
    findings.relations.push(...titled, ...structureRelations(analysis), ...verbal, ...nominal.relations);
    findings.events.push(...nominal.events, ...verbEvents(analysis, verbal, ctx));
    for (const m of mentions) findings.mentions.push({ ...m, start: m.start + sentence.start, end: m.end + sentence.start });
  }
  return findings;
}
