import { z } from "zod";
import { EntityLabelSchema, RelationTypeSchema } from "./schemas";

/*
 * An analyst's correction of the graph (docs/storage-model.md, "Decisions"). A decision is stored as a
 * `Decision` node, applied to the graph at once, and applied again by every later ingest, so a re-ingest
 * never brings a corrected mistake back.
 */

/** Every stored decision is a node with this label; it is not an entity label, so the explorer never sees one. */
export const DECISION_LABEL = "Decision" as const;

const EntityId = z.string().trim().min(1).max(500);
const Name = z.string().trim().min(1).max(300);

/** What every decision carries besides its kind: who made it and why. */
const authored = {
  author: z.string().trim().min(1).max(200),
  note: z.string().max(2000).default(""),
};

const MergeDraftSchema = z.object({
  kind: z.literal("merge"),
  ...authored,
  /** The entity that goes; its id redirects to `into` from now on. */
  from: EntityId,
  into: EntityId,
});

const RenameDraftSchema = z.object({ kind: z.literal("rename"), ...authored, entity: EntityId, name: Name });

const RetypeDraftSchema = z.object({
  kind: z.literal("retype"),
  ...authored,
  entity: EntityId,
  label: EntityLabelSchema,
  /** The new kind; none clears it. */
  entityKind: z.string().trim().min(1).max(100).optional(),
});

/** A relation by its key (relationKey in stored-graph.ts): `source|TYPE|target`, `|negated` for a negated one. */
const RelationKey = z.string().trim().min(1).max(1100);

const RejectDraftSchema = z.object({ kind: z.literal("reject"), ...authored, relation: RelationKey });
const ConfirmDraftSchema = z.object({ kind: z.literal("confirm"), ...authored, relation: RelationKey });

/** A relation an analyst adds by hand: stored `manual`, kept when the articles behind other evidence are retracted. */
const AddDraftSchema = z.object({
  kind: z.literal("add"),
  ...authored,
  source: EntityId,
  type: RelationTypeSchema.refine((t) => t !== "MENTIONED_IN", "a fact relation type, not MENTIONED_IN"),
  target: EntityId,
  /** The sentence that says so, when there is one. */
  evidence: z.string().trim().min(1).max(2000).optional(),
});

/**
 * An alias that names another entity, taken off into an entity of its own: the mentions written with it, and
 * the relations stated only through it, go to the new entity.
 */
const SplitDraftSchema = z.object({
  kind: z.literal("split"),
  ...authored,
  entity: EntityId,
  alias: Name,
  /** The new entity's name; the alias when none is given. */
  name: Name.optional(),
  /** The new entity's label; the split entity's when none is given. */
  label: EntityLabelSchema.optional(),
});

/** Two entities a duplicate suggestion paired are not the same: nothing changes in the graph. */
const DismissDraftSchema = z.object({
  kind: z.literal("dismiss"),
  ...authored,
  entities: z.tuple([EntityId, EntityId]),
});

/** A decision as an analyst asks for it (POST /api/decisions). */
export const DecisionDraftSchema = z.discriminatedUnion("kind", [
  MergeDraftSchema,
  RenameDraftSchema,
  RetypeDraftSchema,
  RejectDraftSchema,
  ConfirmDraftSchema,
  AddDraftSchema,
  SplitDraftSchema,
  DismissDraftSchema,
]);
export type DecisionDraft = z.infer<typeof DecisionDraftSchema>;

/** What the server adds to a draft: the decision's id and when it was made. */
const stamp = { id: z.string().trim().min(1).max(100), at: z.iso.datetime() };

/** A decision as stored, listed, exported and imported. */
export const DecisionSchema = z.discriminatedUnion("kind", [
  MergeDraftSchema.extend({
    ...stamp,
    /** The surviving entity's name and label when the merge was made: what an ingest that meets `from` first writes. */
    intoName: Name,
    intoLabel: EntityLabelSchema,
    /** The merged-away entity's name, so the decision still says what went once that entity is gone. */
    fromName: Name,
  }),
  RenameDraftSchema.extend(stamp),
  RetypeDraftSchema.extend(stamp),
  RejectDraftSchema.extend(stamp),
  ConfirmDraftSchema.extend(stamp),
  AddDraftSchema.extend(stamp),
  SplitDraftSchema.extend({
    ...stamp,
    /** The new entity's id, chosen by the server when the split was made, so every later ingest uses the same one. */
    newEntity: EntityId,
    name: Name,
    label: EntityLabelSchema,
  }),
  DismissDraftSchema.extend(stamp),
]);
export type Decision = z.infer<typeof DecisionSchema>;
export type DecisionKind = Decision["kind"];
export type DecisionOf<K extends DecisionKind> = Extract<Decision, { kind: K }>;

/** Where each merged-away entity id goes now, following merges of merges; other ids stay as they are. */
export function mergeRedirects(decisions: readonly Decision[]): (id: string) => string {
  const into = new Map(decisions.flatMap((d) => (d.kind === "merge" ? [[d.from, d.into] as const] : [])));
  return (id) => {
    const seen = new Set<string>();
    let current = id;
    while (into.has(current) && !seen.has(current)) {
      seen.add(current);
      current = into.get(current)!;
    }
    return current;
  };
}
