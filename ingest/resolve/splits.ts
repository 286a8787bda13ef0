import {
  type DecisionOf,
  type ExtractedEntity,
  type ExtractedRelation,
  type Extraction,
  namesOnlyAlias,
  sameName,
} from "../../domain";
import { remapRelations } from "./stored-entities";

/*
 * A split decision applied to an extraction, as storage/decisions/apply-split.ts applies it to the graph:
 * an entity named the alias becomes the new entity; the split entity loses the alias, and its mentions
 * written as the alias and its evidence stated through the alias only go to the new entity.
 */

function newEntityOf(d: DecisionOf<"split">, joined: ExtractedEntity[]): ExtractedEntity {
  const aliases = new Set([d.alias, d.name, ...joined.flatMap((e) => [e.name, ...e.aliases])]);
  const existing = joined.find((e) => e.id === d.newEntity);
  const base = existing ?? { id: d.newEntity, name: d.name, type: d.label, aliases: [] };
  return { ...base, aliases: [...aliases].sort() };
}

/** The relation's evidence in two: what stays with the split entity, and what goes to the new one. */
function splitEvidence(r: ExtractedRelation, d: DecisionOf<"split">, entity: string, otherNames: string[]) {
  if (r.source !== entity && r.target !== entity) return { stays: r };
  const goes = r.evidence.filter((e) => namesOnlyAlias(e.sentence, d.alias, otherNames));
  if (!goes.length) return { stays: r };
  const moved = {
    ...r,
    source: r.source === entity ? d.newEntity : r.source,
    target: r.target === entity ? d.newEntity : r.target,
    evidence: goes,
  };
  const stays = r.evidence.filter((e) => !goes.includes(e));
  return { stays: stays.length ? { ...r, evidence: stays } : undefined, moved };
}

/** The extraction with the split applied; `entity` is the split entity's id once merges redirected it. */
export function applySplitToExtraction(extraction: Extraction, d: DecisionOf<"split">, entity: string): Extraction {
  const named = extraction.entities.filter(
    (e) => e.id !== entity && (e.id === d.newEntity || sameName(e.name, d.alias)),
  );
  const joinedIds = new Set(named.map((e) => e.id));
  const idOf = (id: string) => (joinedIds.has(id) ? d.newEntity : id);
  const split = extraction.entities.find((e) => e.id === entity);
  const kept = split && { ...split, aliases: split.aliases.filter((a) => !sameName(a, d.alias)) };
  const otherNames = kept ? [kept.name, ...kept.aliases] : [];
  const entities = [
    ...extraction.entities.filter((e) => !joinedIds.has(e.id)).map((e) => (e.id === entity && kept ? kept : e)),
    newEntityOf(d, named),
  ];
  const texts = new Map(extraction.articles.map((a) => [a.id, a.text ?? ""]));
  const mentions = extraction.mentions?.map((m) => {
    const written = texts.get(m.article)?.slice(m.start, m.end) ?? "";
    if (m.entity === entity && sameName(written, d.alias)) return { ...m, entity: d.newEntity };
    return { ...m, entity: idOf(m.entity) };
  });
  const relations = extraction.relations.flatMap((r) => {
    const { stays, moved } = splitEvidence(r, d, entity, otherNames);
    return [stays, moved].filter((x): x is ExtractedRelation => x !== undefined);
  });
  return { ...extraction, entities, mentions, relations: remapRelations(relations, idOf) };
}
