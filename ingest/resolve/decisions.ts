import { type Decision, type DecisionOf, type ExtractedEntity, type Extraction, mergeRedirects } from "../../domain";
import { applySplitToExtraction } from "./splits";
import { remapRelations } from "./stored-entities";

/*
 * The analysts' decisions (domain/decisions.ts) applied to an extraction before it is joined to the
 * stored graph and written, so an ingest writes the corrected graph: a merged entity's id goes to the
 * entity it was merged into, a split alias goes to its own entity (splits.ts), a renamed entity keeps its
 * new name, a retyped one its new label and kind.
 * Relation decisions (reject, confirm) are the stored relations' flags: storage applies them again after
 * the write.
 */

function mergeEntities(entities: ExtractedEntity[], merges: DecisionOf<"merge">[], idOf: (id: string) => string) {
  const intoOf = new Map(merges.map((m) => [m.into, m]));
  const byId = new Map<string, ExtractedEntity>();
  for (const e of entities.filter((x) => idOf(x.id) === x.id)) byId.set(e.id, e);
  for (const e of entities.filter((x) => idOf(x.id) !== x.id)) {
    const id = idOf(e.id);
    const merge = intoOf.get(id);
    const kept = byId.get(id) ?? {
      ...e,
      id,
      name: merge?.intoName ?? e.name,
      type: merge?.intoLabel ?? e.type,
      aliases: [],
    };
    const aliases = new Set([...kept.aliases, ...e.aliases, e.name]);
    byId.set(id, { ...kept, aliases: [...aliases].sort() });
  }
  return [...byId.values()];
}

function correctEntity(entity: ExtractedEntity, decisions: Decision[]): ExtractedEntity {
  let corrected = entity;
  for (const d of decisions) {
    if (d.kind === "rename" && d.entity === entity.id) corrected = { ...corrected, name: d.name };
    if (d.kind === "retype" && d.entity === entity.id) {
      const { kind: _dropped, ...rest } = corrected;
      corrected = d.entityKind ? { ...rest, type: d.label, kind: d.entityKind } : { ...rest, type: d.label };
    }
  }
  return corrected;
}

/** The extraction as the decisions (oldest first) correct it; the one passed in is not changed. */
export function applyDecisionsToExtraction(extraction: Extraction, decisions: Decision[]): Extraction {
  if (!decisions.length) return extraction;
  const ordered = [...decisions].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  const merges = ordered.filter((d): d is DecisionOf<"merge"> => d.kind === "merge");
  const idOf = mergeRedirects(merges);
  const merged: Extraction = {
    ...extraction,
    entities: mergeEntities(extraction.entities, merges, idOf),
    relations: merges.length ? remapRelations(extraction.relations, idOf) : extraction.relations,
    mentions: extraction.mentions?.map((m) => ({ ...m, entity: idOf(m.entity) })),
  };
  const split = ordered
    .filter((d): d is DecisionOf<"split"> => d.kind === "split")
    .reduce((x, d) => applySplitToExtraction(x, d, idOf(d.entity)), merged);
  return { ...split, entities: split.entities.map((e) => correctEntity(e, ordered)) };
}
