import { Article, EntityLabel, Extraction, ExtractedEntity, RelationType, isSymmetric } from "../../domain";

export interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  kind: string | null;
  date: string | null;
  place: string | null;
}

export interface MentionRow {
  article: string;
  entity: string;
  count: number;
  starts: number[];
  ends: number[];
}

export interface RelationRow {
  article: string;
  articleDate: string | null;
  source: string;
  target: string;
  negated: boolean;
  confidence: number;
  sentences: string[];
  starts: number[];
  ends: number[];
  role: string | null;
  date: string | null;
  indirect: boolean | null;
  attributedTo: string | null;
}

/** Everything one article contributes to the graph, grouped so each label and type is one UNWIND per batch. */
export interface ArticleSlice {
  article: Article;
  entitiesByLabel: Map<EntityLabel, EntityRow[]>;
  mentions: MentionRow[];
  relationsByType: Map<RelationType, RelationRow[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Splits a merged extraction into per-article slices, so each article can be written in its own
 * transaction. Mentions and relations are grouped by article first: scanning all of them for every
 * article made slicing a 10,000-article run take minutes.
 */
export function sliceByArticle(extraction: Extraction): ArticleSlice[] {
  const entities = new Map(extraction.entities.map((e) => [e.id, e]));
  const mentionsOf = new Map<string, NonNullable<Extraction["mentions"]>>();
  for (const m of extraction.mentions ?? []) push(mentionsOf, m.article, m);
  const relationsOf = new Map<string, Extraction["relations"]>();
  for (const r of extraction.relations)
    for (const article of new Set(r.evidence.map((e) => e.article))) push(relationsOf, article, r);
  return extraction.articles.map((article) => {
    const used = new Set<string>();
    const mentionMap = new Map<string, MentionRow>();
    for (const m of mentionsOf.get(article.id) ?? []) {
      if (!entities.has(m.entity)) continue;
      used.add(m.entity);
      const row = mentionMap.get(m.entity) ?? { article: article.id, entity: m.entity, count: 0, starts: [], ends: [] };
      row.count += 1;
      row.starts.push(m.start);
      row.ends.push(m.end);
      mentionMap.set(m.entity, row);
    }
    const relationsByType = new Map<RelationType, RelationRow[]>();
    for (const r of relationsOf.get(article.id) ?? []) {
      if (r.type === "MENTIONED_IN") continue;
      const evidence = r.evidence.filter((e) => e.article === article.id);
      if (evidence.length === 0 || !entities.has(r.source) || !entities.has(r.target) || r.source === r.target)
        continue;
      const [source, target] = isSymmetric(r.type) && r.target < r.source ? [r.target, r.source] : [r.source, r.target];
      used.add(source);
      used.add(target);
      push(relationsByType, r.type, {
        article: article.id,
        articleDate: article.date ?? null,
        source,
        target,
        negated: r.negated ?? false,
        confidence: r.confidence,
        sentences: evidence.map((e) => e.sentence),
        starts: evidence.map((e) => e.start),
        ends: evidence.map((e) => e.end),
        role: r.role ?? null,
        date: r.date ?? null,
        indirect: r.indirect ?? null,
        attributedTo: r.attributedTo ?? null,
      });
    }
    const entitiesByLabel = new Map<EntityLabel, EntityRow[]>();
    for (const id of used) {
      const entity = entities.get(id) as ExtractedEntity;
      push(entitiesByLabel, entity.type, {
        id,
        name: entity.name,
        aliases: entity.aliases,
        kind: entity.kind ?? null,
        date: entity.date ?? null,
        place: entity.place ?? null,
      });
      if (!mentionMap.has(id)) mentionMap.set(id, { article: article.id, entity: id, count: 0, starts: [], ends: [] });
    }
    return { article, entitiesByLabel, mentions: [...mentionMap.values()], relationsByType };
  });
}
