import {
  connects,
  isSymmetric,
  relationKey,
  type Article,
  type Extraction,
  type ExtractedEntity,
  type ExtractedRelation,
  type Mention,
  type RelationType,
} from "../../domain";
import type { Dictionary } from "../dictionaries/dictionary";
import type { ArticleFindings } from "../extract";
import type { EntityRef, FoundRelation, Sentence } from "../types";
import { EntityRegistry } from "./entities";
import { ACTS_FOR_STATE, LIFTED_CONFIDENCE } from "./lift";
import { eventId, eventName, MergedEvent, mergeArticleEvents, mergeRunEvents } from "./events";

export interface ArticleResult {
  article: Article;
  findings: ArticleFindings;
}

interface Accumulated {
  relation: ExtractedRelation;
  seen: Set<string>;
}

/** Relations that only make sense between certain kinds of entities (domain's RELATION_ENDPOINTS). */
function plausible(type: RelationType, source: ExtractedEntity, target: ExtractedEntity): boolean {
  return source.id !== target.id && connects(type, source.type, target.type);
}

class RelationSet {
  private readonly byKey = new Map<string, Accumulated>();

  add(
    source: ExtractedEntity,
    type: RelationType,
    target: ExtractedEntity,
    evidence: { article: string; sentence: Sentence },
    confidence: number,
    extra: Partial<ExtractedRelation> = {},
  ): void {
    if (!plausible(type, source, target)) return;
    let [s, t] = [source.id, target.id];
    if (isSymmetric(type) && s > t) [s, t] = [t, s];
    const key = relationKey({ source: s, type, target: t, negated: extra.negated });
    let acc = this.byKey.get(key);
    if (!acc) {
      acc = { relation: { source: s, type, target: t, evidence: [], confidence }, seen: new Set() };
      for (const [k, v] of Object.entries(extra)) if (v !== undefined) (acc.relation as Record<string, unknown>)[k] = v;
      this.byKey.set(key, acc);
    }
    acc.relation.confidence = Math.max(acc.relation.confidence, confidence);
    const evKey = `${evidence.article}|${evidence.sentence.start}`;
    if (!acc.seen.has(evKey)) {
      acc.seen.add(evKey);
      acc.relation.evidence.push({
        article: evidence.article,
        sentence: evidence.sentence.text,
        start: evidence.sentence.start,
        end: evidence.sentence.end,
      });
    }
  }

  all(): ExtractedRelation[] {
    return [...this.byKey.values()].map((a) => a.relation);
  }
}

/** The state or body a person acts for: from the titles found in the run, else from the dictionary. */
function affiliations(
  relations: { source: ExtractedEntity; type: RelationType; target: ExtractedEntity }[],
  dictionary: Dictionary,
  entityOf: (ref: EntityRef) => ExtractedEntity,
): Map<string, ExtractedEntity> {
  const map = new Map<string, ExtractedEntity>();
  // A state first: "Qatar's prime minister" acts for Qatar; else the body: "EU foreign policy chief".
  for (const r of relations)
    if ((r.type === "MEMBER_OF" || r.type === "LEADS") && r.target.type === "State" && !map.has(r.source.id))
      map.set(r.source.id, r.target);
  for (const r of relations)
    if (
      (r.type === "MEMBER_OF" || r.type === "LEADS") &&
      r.target.type === "Group" &&
      r.target.kind !== "media" &&
      !map.has(r.source.id)
    )
      map.set(r.source.id, r.target);
  for (const r of relations) {
    for (const person of [r.source, r.target]) {
      if (person.type !== "Actor" || map.has(person.id)) continue;
      const facts = dictionary.facts.get(person.name);
      const state = [facts?.leads, facts?.memberOf]
        .map((name) => (name ? dictionary.byName.get(name) : undefined))
        .find((ref) => ref?.type === "State");
      if (state) map.set(person.id, entityOf(state));
    }
  }
  return map;
}

/** Turns the findings of every article into one extraction: entities with ids, merged relations and events. */
export function assemble(results: ArticleResult[], dictionary: Dictionary): Extraction {
  const registry = new EntityRegistry(dictionary);
  const refsOf = (r: FoundRelation): EntityRef[] => [r.source, r.target];
  for (const { findings } of results) {
    for (const m of findings.mentions) registry.add(m.ref, m.surface);
    for (const r of findings.relations) for (const ref of refsOf(r)) registry.add(ref);
    for (const e of findings.events) {
      for (const p of e.participants) registry.add(p.ref);
      if (e.place) registry.add(e.place);
      for (const l of e.relations) registry.add(l.source);
    }
  }
  registry.finish();
  const entityOf = (ref: EntityRef): ExtractedEntity => registry.entityOf(ref);
  const authors = results.flatMap((r) => r.article.authors);
  const notAnAuthor = (ref: EntityRef): boolean =>
    ref.type !== "Actor" || !authors.some((a) => sameName(a, entityOf(ref).name));

  const resolved = results.flatMap(({ article, findings }) =>
    findings.relations
      .filter((r) => notAnAuthor(r.source) && notAnAuthor(r.target))
      .map((r) => ({ r, article: article.id, source: entityOf(r.source), target: entityOf(r.target) })),
  );
  const memberState = affiliations(
    resolved.map((x) => ({ source: x.source, type: x.r.type, target: x.target })),
    dictionary,
    entityOf,
  );
  const relations = new RelationSet();
  for (const { r, article, source, target } of resolved) {
    const extra = {
      negated: r.negated,
      indirect: r.indirect,
      role: r.role,
      date: r.date,
      attributedTo: r.attributedTo,
    };
    // A mediator stands between the sides, not between the envoys who speak for them.
    const side = r.type === "MEDIATED" && target.type === "Actor" ? memberState.get(target.id) : undefined;
    if (side) {
      relations.add(source, r.type, side, { article, sentence: r.sentence }, r.confidence, extra);
      continue;
    }
    relations.add(source, r.type, target, { article, sentence: r.sentence }, r.confidence, extra);
    if (!ACTS_FOR_STATE.has(r.type)) continue;
    const liftedSource = source.type === "Actor" ? memberState.get(source.id) : undefined;
    const liftedTarget = target.type === "Actor" ? memberState.get(target.id) : undefined;
    if (liftedSource || liftedTarget)
      relations.add(
        liftedSource ?? source,
        r.type,
        liftedTarget ?? target,
        { article, sentence: r.sentence },
        r.confidence * LIFTED_CONFIDENCE,
        extra,
      );
  }

  const idOf = (ref: EntityRef): { id: string; name: string } => {
    const e = entityOf(ref);
    return { id: e.id, name: e.name };
  };
  const events = mergeRunEvents(
    results.map(({ article, findings }) => mergeArticleEvents(findings.events, article.id, idOf)),
  );
  const adjectives = new Map(
    dictionary.surfaces
      .filter((x) => x.form === "demonym")
      .reverse()
      .map((x) => [x.ref.name, x.text]),
  );
  const eventEntities = events.map((e) => eventEntity(e, (name) => adjectives.get(name)));
  const byline = new Set(
    registry
      .all()
      .filter((e) => e.type === "Actor" && authors.some((a) => sameName(a, e.name)))
      .map((e) => e.id),
  );
  const entities = new Map<string, ExtractedEntity>(
    registry
      .all()
      .filter((e) => !byline.has(e.id))
      .map((e) => [e.id, e]),
  );
  events.forEach((e, i) => {
    const entity = eventEntities[i];
    if (entities.has(entity.id)) entity.id = `${entity.id}-${i}`;
    entities.set(entity.id, entity);
    const first = e.mentions[0];
    for (const p of e.participants) {
      const participant = entities.get(p.entityId);
      if (participant) relations.add(participant, "PARTICIPATED_IN", entity, first, 0.7, { role: p.role });
    }
    if (e.place) relations.add(entity, "OCCURRED_IN", entityOf(e.place), first, 0.6);
    for (const l of e.links) relations.add(entityOf(l.source), l.type, entity, l, l.confidence);
  });

  const mentions: Mention[] = results
    .flatMap(({ article, findings }) =>
      findings.mentions.map((m) => ({ entity: entityOf(m.ref).id, article: article.id, start: m.start, end: m.end })),
    )
    .filter((m) => entities.has(m.entity));
  return {
    articles: results.map((r) => r.article),
    entities: [...entities.values()],
    relations: relations.all(),
    mentions,
  };
}

/** Article authors are not actors: the same name, allowing a one- or two-letter misspelling ("Schwarz"). */
function sameName(author: string, name: string): boolean {
  const a = author.toLowerCase();
  const b = name.toLowerCase();
  if (a === b) return true;
  const [fa, ...ra] = a.split(/\s+/);
  const [fb, ...rb] = b.split(/\s+/);
  return fa === fb && editDistance(ra.join(" "), rb.join(" ")) <= 2;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length];
}

function eventEntity(e: MergedEvent, adjectiveOf: (name: string) => string | undefined): ExtractedEntity {
  const entity: ExtractedEntity = {
    id: eventId(e),
    name: eventName(e, adjectiveOf),
    type: "Event",
    aliases: [],
    kind: e.kind,
  };
  if (e.date) entity.date = e.date;
  if (e.place) entity.place = e.place.name;
  return entity;
}
