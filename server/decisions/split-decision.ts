import { type DecisionDraft, type DecisionOf, sameName } from "../../domain";
import { slug } from "../../ingest/resolve/names";
import { Db, type EntityHead, entityIdsStartingWith, listDecisions } from "../../storage";
import { badRequest } from "../http";

/** Ids an entity may not take: stored ones, and those decisions point at (a merged-away id redirects). */
async function takenIds(db: Db, prefix: string): Promise<Set<string>> {
  const taken = await entityIdsStartingWith(db.driver, db.database, prefix);
  for (const d of await listDecisions(db.driver, db.database)) {
    if (d.kind === "merge") taken.add(d.from);
    if (d.kind === "split") taken.add(d.newEntity);
  }
  return taken;
}

/** The id the ingest gives an entity of this label and name (ingest/resolve/entities.ts), numbered when taken. */
async function newEntityId(db: Db, label: string, name: string): Promise<string> {
  const base = `${label.toLowerCase()}:${slug(name) || "entity"}`;
  const taken = await takenIds(db, base);
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** A split draft checked against its entity, with the new entity's id, name and label settled. */
export async function splitStamped(
  db: Db,
  draft: Extract<DecisionDraft, { kind: "split" }>,
  entity: EntityHead,
  stamp: { id: string; at: string },
): Promise<DecisionOf<"split">> {
  if (sameName(draft.alias, entity.name))
    throw badRequest(`"${draft.alias}" is the canonical name of ${entity.id}; rename it instead`);
  const alias = entity.aliases.find((a) => sameName(a, draft.alias));
  if (!alias)
    throw badRequest(`"${draft.alias}" is not an alias of ${entity.id}; its aliases: ${entity.aliases.join(", ")}`);
  const name = draft.name ?? alias;
  const label = draft.label ?? entity.label;
  return { ...draft, ...stamp, alias, name, label, newEntity: await newEntityId(db, label, name) };
}
