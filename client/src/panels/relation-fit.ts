import {
  FACT_RELATION_TYPES,
  RELATION_ENDPOINTS,
  type EntityLabel,
  type NodeLabel,
  type RelationType,
} from "../../../domain";
import { LABEL_NAMES, relationLabel } from "../graph";

/** Which end of a relation added by hand the entity it is added from takes. */
export type RelationEnd = "source" | "target";

export function otherEnd(end: RelationEnd): RelationEnd {
  return end === "source" ? "target" : "source";
}

/** The relation types an entity with this label may take on this end, as the server checks them (never MENTIONED_IN). */
export function typesFitting(label: EntityLabel, end: RelationEnd): RelationType[] {
  return FACT_RELATION_TYPES.filter((type) => RELATION_ENDPOINTS[type][end].includes(label));
}

/** The labels the other entity may have, this entity being on `end` of `type`. */
export function otherEndLabels(type: RelationType, end: RelationEnd): readonly NodeLabel[] {
  return RELATION_ENDPOINTS[type][otherEnd(end)];
}

/** Why an entity cannot be the other end of the relation, in words; undefined when it can. */
export function otherEndProblem(
  type: RelationType,
  end: RelationEnd,
  self: string,
  other: { id: string; name: string; label: EntityLabel },
): string | undefined {
  if (other.id === self) return "Choose another entity: a relation joins two.";
  const labels = otherEndLabels(type, end);
  if (labels.includes(other.label)) return undefined;
  const names = labels.map((l) => LABEL_NAMES[l]).join(", ");
  return `${other.name} (${LABEL_NAMES[other.label]}) cannot be the ${otherEnd(end)} of “${relationLabel(type)}”, which takes: ${names}.`;
}
