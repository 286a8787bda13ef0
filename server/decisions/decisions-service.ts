import { randomUUID } from "node:crypto";
import { type Decision, type DecisionDraft, parseRelationKey } from "../../domain";
import type { DecisionAnswer, DecisionImportResult, DecisionList } from "../../domain/api";
import {
  Db,
  type EntityHead,
  listDecisions,
  readEntityHeads,
  recordDecision,
  relationStored,
  undoDecision,
} from "../../storage";
import { badRequest, notFound } from "../http";
import { checkAddEnds } from "./add-ends";
import { splitStamped } from "./split-decision";

function entitiesNamed(draft: DecisionDraft): string[] {
  switch (draft.kind) {
    case "merge":
      return [draft.from, draft.into];
    case "rename":
    case "retype":
    case "split":
      return [draft.entity];
    case "dismiss":
      return draft.entities;
    case "add":
      return [draft.source, draft.target];
    case "reject":
    case "confirm":
      return [];
  }
}

/** The draft checked against the graph and stamped with an id and the time. */
async function stamped(db: Db, draft: DecisionDraft): Promise<Decision> {
  const stamp = { id: randomUUID(), at: new Date().toISOString() };
  const ids = entitiesNamed(draft);
  if (new Set(ids).size < ids.length) throw badRequest(`a ${draft.kind} needs two different entities`);
  const heads = await readEntityHeads(db.driver, db.database, ids);
  const missing = ids.filter((id) => !heads.has(id));
  if (missing.length) throw notFound(`no entity with id ${missing.join(", ")}`);
  if (draft.kind === "reject" || draft.kind === "confirm") {
    if (!parseRelationKey(draft.relation)) throw badRequest(`not a relation id: ${draft.relation}`);
    if (!(await relationStored(db.driver, db.database, draft.relation)))
      throw notFound(`no relation with id ${draft.relation}`);
  }
  switch (draft.kind) {
    case "merge": {
      const into = heads.get(draft.into)!;
      return { ...draft, ...stamp, intoName: into.name, intoLabel: into.label, fromName: heads.get(draft.from)!.name };
    }
    case "split":
      return splitStamped(db, draft, heads.get(draft.entity) as EntityHead, stamp);
    case "add":
      checkAddEnds(draft, heads);
      return { ...draft, ...stamp };
    default:
      return { ...draft, ...stamp };
  }
}

export async function createDecision(db: Db, draft: DecisionDraft): Promise<DecisionAnswer> {
  const decision = await stamped(db, draft);
  await recordDecision(db.driver, db.database, decision);
  return { decision };
}

export async function getDecisions(db: Db): Promise<DecisionList> {
  return { decisions: await listDecisions(db.driver, db.database) };
}

export async function removeDecision(db: Db, id: string): Promise<DecisionAnswer> {
  const decision = await undoDecision(db.driver, db.database, id);
  if (!decision) throw notFound(`no decision with id ${id}`);
  return { decision };
}

/** Oldest first, as they were made; a decision whose id is stored already is skipped. */
export async function importDecisions(db: Db, { decisions }: DecisionList): Promise<DecisionImportResult> {
  for (const d of decisions)
    if ((d.kind === "reject" || d.kind === "confirm") && !parseRelationKey(d.relation))
      throw badRequest(`decision ${d.id}: not a relation id: ${d.relation}`);
  const ordered = [...decisions].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  let imported = 0;
  for (const decision of ordered) if (await recordDecision(db.driver, db.database, decision)) imported += 1;
  return { imported, skipped: decisions.length - imported };
}
