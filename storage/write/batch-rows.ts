import { EntityLabel, RelationType, relationKey } from "../../domain";
import { ArticleSlice, EntityRow, MentionRow, RelationRow } from "./article-slice";

/** One relation of a batch with the evidence of every article in it that states it. */
export interface BatchRelationRow {
  source: string;
  target: string;
  negated: boolean;
  /** Distinct, in batch order. */
  articles: string[];
  /** The article of each piece of evidence, parallel to sentences, starts and ends. */
  evidenceArticles: string[];
  sentences: string[];
  starts: number[];
  ends: number[];
  confidence: number;
  firstSeen: string | null;
  lastSeen: string | null;
  role: string | null;
  date: string | null;
  indirect: boolean | null;
  attributedTo: string | null;
}

/** What a batch adds to an entity's mention count and first/last-seen dates. */
export interface EntityTally {
  entity: string;
  mentions: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** What a batch writes, one list per statement. */
export interface BatchRows {
  entitiesByLabel: Map<EntityLabel, EntityRow[]>;
  /** Every entity the batch writes, once. */
  entityIds: string[];
  mentions: MentionRow[];
  tallies: EntityTally[];
  relationsByType: Map<RelationType, BatchRelationRow[]>;
  /** Relations as the articles state them, before rows of the same relation are combined. */
  statedRelations: number;
}

function laterDate(a: string | null, b: string | null): string | null {
  return a === null || (b !== null && b > a) ? b : a;
}

function earlierDate(a: string | null, b: string | null): string | null {
  return a === null || (b !== null && b < a) ? b : a;
}

function startRelation(row: RelationRow): BatchRelationRow {
  return {
    source: row.source,
    target: row.target,
    negated: row.negated,
    articles: [],
    evidenceArticles: [],
    sentences: [],
    starts: [],
    ends: [],
    confidence: row.confidence,
    firstSeen: null,
    lastSeen: null,
    role: null,
    date: null,
    indirect: null,
    attributedTo: null,
  };
}

/** Adds one article's statement of a relation, as writing it after the earlier ones would: later values win, nulls never replace. */
function addStatement(into: BatchRelationRow, row: RelationRow): void {
  if (!into.articles.includes(row.article)) into.articles.push(row.article);
  for (let i = 0; i < row.starts.length; i += 1) {
    into.evidenceArticles.push(row.article);
    into.sentences.push(row.sentences[i]);
    into.starts.push(row.starts[i]);
    into.ends.push(row.ends[i]);
  }
  into.confidence = Math.max(into.confidence, row.confidence);
  into.firstSeen = earlierDate(into.firstSeen, row.articleDate);
  into.lastSeen = laterDate(into.lastSeen, row.articleDate);
  into.role = row.role ?? into.role;
  into.date = row.date ?? into.date;
  into.indirect = row.indirect ?? into.indirect;
  into.attributedTo = row.attributedTo ?? into.attributedTo;
}

/**
 * Gathers a batch's slices into one row per entity and per relation. News repeats itself: in a batch
 * of 500 synthetic articles half the relation rows restate a relation another article of the batch
 * already states, and every article repeats its entities. Combining them here means Neo4j merges and
 * rewrites each relation's evidence lists once per batch instead of once per article.
 */
export function batchRows(slices: ArticleSlice[]): BatchRows {
  const entitiesByLabel = new Map<EntityLabel, EntityRow[]>();
  const seenEntities = new Set<string>();
  const relations = new Map<RelationType, Map<string, BatchRelationRow>>();
  const tallies = new Map<string, EntityTally>();
  let statedRelations = 0;
  for (const slice of slices) {
    const date = slice.article.date ?? null;
    for (const mention of slice.mentions) {
      const tally = tallies.get(mention.entity) ?? {
        entity: mention.entity,
        mentions: 0,
        firstSeen: null,
        lastSeen: null,
      };
      tally.mentions += mention.count;
      tally.firstSeen = earlierDate(tally.firstSeen, date);
      tally.lastSeen = laterDate(tally.lastSeen, date);
      tallies.set(mention.entity, tally);
    }
    for (const [label, rows] of slice.entitiesByLabel) {
      for (const row of rows) {
        // Every slice takes its entity rows from the same merged extraction, so the first is the whole entity.
        if (seenEntities.has(row.id)) continue;
        seenEntities.add(row.id);
        const list = entitiesByLabel.get(label);
        if (list) list.push(row);
        else entitiesByLabel.set(label, [row]);
      }
    }
    for (const [type, rows] of slice.relationsByType) {
      let byKey = relations.get(type);
      if (!byKey) relations.set(type, (byKey = new Map()));
      for (const row of rows) {
        statedRelations += 1;
        const key = relationKey({ source: row.source, type, target: row.target, negated: row.negated });
        let combined = byKey.get(key);
        if (!combined) byKey.set(key, (combined = startRelation(row)));
        addStatement(combined, row);
      }
    }
  }
  return {
    entitiesByLabel,
    entityIds: [...seenEntities],
    mentions: slices.flatMap((s) => s.mentions),
    tallies: [...tallies.values()],
    relationsByType: new Map([...relations].map(([type, byKey]) => [type, [...byKey.values()]])),
    statedRelations,
  };
}
