import type { EntityLabel, RelationType } from "../../domain";
import type { ArticleFindings } from "../extract";
import type { EntityMention, EntityRef, FoundRelation, Sentence, SourceDocument } from "../types";
import { EntityItemSchema, LooseAnswerSchema, RelationItemSchema, answerJsonSchema } from "./answer-schema";
import { AnswerCache } from "./answer-cache";
import { ChatClient } from "./chat-client";
import { Chunk, chunkSentences } from "./chunks";
import { LlmStats, drop } from "./llm-stats";
import { PROMPT_VERSION, systemPrompt, userPrompt } from "./prompt";

/** Maps a name the model gave to the entity the dictionaries know, so the model cannot duplicate known actors. */
export type NameResolver = (name: string, type: EntityLabel) => EntityRef;

export interface LlmExtractorDeps {
  client: ChatClient;
  cache: AnswerCache;
  chunkSentences: number;
  resolve: NameResolver;
  stats: LlmStats;
}

/** The confidence of a relation only the model found; facts the rules found too are raised when merged. */
export const LLM_CONFIDENCE = 0.6;

const normalise = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

async function answerFor(chunk: Chunk, deps: LlmExtractorDeps): Promise<string> {
  const key = deps.cache.key(deps.client.model, PROMPT_VERSION, chunk.text);
  const cached = deps.cache.get(key);
  if (cached !== undefined) {
    deps.stats.cachedChunks += 1;
    return cached;
  }
  const started = Date.now();
  const answer = await deps.client.complete({
    system: systemPrompt(),
    user: userPrompt(chunk.text),
    jsonSchema: answerJsonSchema(),
  });
  deps.stats.calls += answer.attempts;
  deps.stats.promptTokens += answer.promptTokens;
  deps.stats.completionTokens += answer.completionTokens;
  deps.stats.milliseconds += Date.now() - started;
  try {
    JSON.parse(answer.content);
    deps.cache.set(key, answer.content);
  } catch {
    // A malformed answer is counted when parsed below, and not cached so a later run asks again.
  }
  return answer.content;
}

function findSentence(chunk: Chunk, quoted: string): Sentence | undefined {
  const wanted = normalise(quoted);
  return (
    chunk.sentences.find((s) => normalise(s.text) === wanted) ??
    chunk.sentences.find((s) => wanted.length > 20 && normalise(s.text).includes(wanted))
  );
}

function mentionsOf(text: string, surface: string, ref: EntityRef): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
    mentions.push({ start: at, end: at + surface.length, surface, ref, role: "head" });
  }
  return mentions;
}

function findingsFromAnswer(
  raw: string,
  chunk: Chunk,
  doc: SourceDocument,
  deps: LlmExtractorDeps,
): { relations: FoundRelation[]; mentions: EntityMention[] } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    drop(deps.stats, "malformed answers (not JSON)");
    return { relations: [], mentions: [] };
  }
  const loose = LooseAnswerSchema.safeParse(json);
  if (!loose.success) {
    drop(deps.stats, "answers not in the schema");
    return { relations: [], mentions: [] };
  }
  const refs = new Map<string, EntityRef>();
  const mentions: EntityMention[] = [];
  for (const item of loose.data.entities) {
    const entity = EntityItemSchema.safeParse(item);
    if (!entity.success) {
      drop(deps.stats, "entities with an unknown type or shape");
      continue;
    }
    if (!doc.text.includes(entity.data.name)) {
      drop(deps.stats, "entities not named in the article");
      continue;
    }
    const ref = deps.resolve(entity.data.name, entity.data.type);
    refs.set(entity.data.name, ref);
    mentions.push(...mentionsOf(doc.text, entity.data.name, ref));
  }
  const relations: FoundRelation[] = [];
  for (const item of loose.data.relations) {
    const relation = RelationItemSchema.safeParse(item);
    if (!relation.success) {
      const type = (item as { type?: unknown })?.type;
      drop(
        deps.stats,
        typeof type === "string" && !RelationItemSchema.shape.type.safeParse(type).success
          ? "relations with an off-vocabulary type"
          : "relations of the wrong shape",
      );
      continue;
    }
    const sentence = findSentence(chunk, relation.data.sentence);
    if (!sentence) {
      drop(deps.stats, "relations whose evidence is not in the article");
      continue;
    }
    const source = refs.get(relation.data.source);
    const target = refs.get(relation.data.target);
    if (!source || !target) {
      drop(deps.stats, "relations between entities the answer did not list");
      continue;
    }
    relations.push({
      source,
      type: relation.data.type as RelationType,
      target,
      sentence,
      confidence: LLM_CONFIDENCE,
      ...(relation.data.negated ? { negated: true } : {}),
    });
  }
  return { relations, mentions };
}

/** Asks the model about an article chunk by chunk; every item is validated before it counts. */
export async function extractWithLlm(
  doc: SourceDocument,
  sentences: Sentence[],
  deps: LlmExtractorDeps,
): Promise<ArticleFindings> {
  const findings: ArticleFindings = { sentences, mentions: [], relations: [], events: [] };
  const chunks = chunkSentences(sentences, deps.chunkSentences);
  const answers = await Promise.all(chunks.map((chunk) => answerFor(chunk, deps)));
  answers.forEach((raw, i) => {
    const { relations, mentions } = findingsFromAnswer(raw, chunks[i], doc, deps);
    findings.relations.push(...relations);
    findings.mentions.push(...mentions);
  });
  return findings;
}
