import { parseRelationKey, type Decision, type DecisionKind } from "../../../domain";
import type { DuplicateReason } from "../api";
import { LABEL_NAMES, relationLabel } from "../graph";

export const DECISION_KIND_NAMES: Record<DecisionKind, string> = {
  merge: "Merge",
  split: "Split",
  rename: "Rename",
  retype: "Retype",
  reject: "Reject",
  confirm: "Confirm",
  add: "Add",
  dismiss: "Not duplicates",
};

/** A name for an entity id: the one the explorer knows, else the id itself. */
export type NameOf = (id: string) => string | undefined;

function relationWords(key: string, nameOf: NameOf): string {
  const relation = parseRelationKey(key);
  if (!relation) return key;
  const name = (id: string) => nameOf(id) ?? id;
  // "negated" as the relation panel badges it: the type labels mix tenses ("backs", "attacked"), so no "did not".
  return `${name(relation.source)} ${relationLabel(relation.type)} ${name(relation.target)}${relation.negated ? " (negated)" : ""}`;
}

/** What a decision changed, in words, with entity names where the explorer knows them. */
export function describeDecision(decision: Decision, nameOf: NameOf): string {
  const name = (id: string) => nameOf(id) ?? id;
  switch (decision.kind) {
    case "merge":
      return `${nameOf(decision.from) ?? decision.fromName} merged into ${nameOf(decision.into) ?? decision.intoName}`;
    case "split":
      return `“${decision.alias}” split off ${name(decision.entity)} as ${decision.name} (${LABEL_NAMES[decision.label]})`;
    case "rename":
      return `Renamed to ${decision.name} (${decision.entity})`;
    case "retype":
      return `${name(decision.entity)} is now ${LABEL_NAMES[decision.label]}${decision.entityKind ? ` (${decision.entityKind})` : ""}`;
    case "reject":
      return `Rejected: ${relationWords(decision.relation, nameOf)}`;
    case "confirm":
      return `Confirmed: ${relationWords(decision.relation, nameOf)}`;
    case "add":
      return `Added: ${name(decision.source)} ${relationLabel(decision.type)} ${name(decision.target)}`;
    case "dismiss":
      return `${name(decision.entities[0])} and ${name(decision.entities[1])} are not the same`;
  }
}

/** Why a pair is suggested, in words. */
export function describeReason(reason: DuplicateReason): string {
  switch (reason.kind) {
    case "similar-name":
      return `similar names (${Math.round(reason.similarity * 100)}%)`;
    case "shared-alias":
      return `both called “${reason.alias}”`;
    case "short-name":
      return `“${reason.name}” may be short for “${reason.of}”`;
    case "shared-neighbours":
      return `${reason.count} shared neighbour${reason.count === 1 ? "" : "s"}`;
  }
}
