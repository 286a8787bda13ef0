import type { EntityDetail, EntityRelation } from "../api";
import { overlapsRange, relationSpan, type Filters } from "../graph";

export interface FilteredDetail {
  articles: EntityDetail["articles"];
  relations: EntityRelation[];
  hiddenArticles: number;
  hiddenRelations: number;
}

/**
 * The panel shows what the graph shows: articles of the chosen outlet or article only, and relations whose
 * type, other end's label, dates and outlet pass the filters (with only the evidence from that outlet).
 * The counts of what was left out go on screen, so nothing disappears silently.
 */
export function filterEntityDetail(detail: EntityDetail, filters: Filters): FilteredDetail {
  const articleOk = (id: string, source: string | null | undefined) =>
    (!filters.source || source === filters.source) && (!filters.article || id === filters.article);
  const articles = detail.articles.filter((a) => articleOk(a.id, a.source));
  const types = new Set<string>(filters.types);
  const labels = new Set<string>(filters.labels);
  const relations = detail.relations.flatMap((relation): EntityRelation[] => {
    if (!types.has(relation.type) || !labels.has(relation.other.label)) return [];
    if (!relationInTime(relation, filters)) return [];
    if (!filters.source && !filters.article) return [relation];
    const evidence = relation.evidence.filter((e) => articleOk(e.article, e.source));
    return evidence.length > 0 ? [{ ...relation, evidence }] : [];
  });
  return {
    articles,
    relations,
    hiddenArticles: detail.articles.length - articles.length,
    hiddenRelations: detail.relations.length - relations.length,
  };
}

function relationInTime(relation: EntityRelation, filters: Filters): boolean {
  if ((!filters.from && !filters.to) || !filters.timeRelations) return true;
  const span = relationSpan(relation.edge.properties);
  if (!span) return filters.keepUndated;
  return overlapsRange(span[0], span[1], filters.from, filters.to);
}

/** How many distinct neighbours the panel knows of, and how many of them are not on the graph yet. */
export function neighbourStatus(
  detail: EntityDetail,
  onGraph: (id: string) => boolean,
): { known: number; notShown: number; complete: boolean } {
  const others = new Set(detail.relations.map((r) => r.other.id));
  const notShown = [...others].filter((id) => !onGraph(id)).length;
  const complete = detail.relationsTotal === undefined || detail.relationsTotal <= detail.relations.length;
  return { known: others.size, notShown, complete };
}
