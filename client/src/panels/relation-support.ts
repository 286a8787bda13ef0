import type { EntityRelation } from "../api";

/** How many articles report a relation: the edge's count, else the articles of its evidence. */
export function articleCount(relation: Pick<EntityRelation, "edge" | "evidence">): number {
  return relation.edge.properties.articles ?? new Set(relation.evidence.map((e) => e.article)).size;
}

/** Relations reported by one outlet only deserve a second look before they are trusted. */
export function isSingleSource(relation: Pick<EntityRelation, "outlets">): boolean {
  return relation.outlets <= 1;
}

/** Relations grouped by type, most supported groups first. */
export function groupRelations(relations: readonly EntityRelation[]): [string, EntityRelation[]][] {
  const groups = new Map<string, EntityRelation[]>();
  for (const relation of relations) {
    const group = groups.get(relation.type) ?? [];
    group.push(relation);
    groups.set(relation.type, group);
  }
  for (const group of groups.values()) group.sort((a, b) => articleCount(b) - articleCount(a));
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

/** "confidence 0.90", or null when the relation carries none. */
export function confidenceText(value: unknown): string | null {
  const number = typeof value === "number" ? value : Number.NaN;
  return Number.isFinite(number) ? `confidence ${number.toFixed(2)}` : null;
}
