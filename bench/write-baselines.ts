import { Driver } from "neo4j-driver";
import { EntityLabel, Extraction, RelationType } from "../domain";

/**
 * The rows our loader writes (articles, entities, mentions, relations with their evidence), in the
 * plainest form a script would take them from an extraction: one row per stated fact, nothing combined.
 */
export interface PlainRows {
  articles: Record<string, unknown>[];
  entitiesByLabel: Map<EntityLabel, { id: string; name: string; aliases: string[] }[]>;
  mentions: { entity: string; article: string; start: number; end: number }[];
  relationsByType: Map<RelationType, { source: string; target: string; article: string; sentence: string }[]>;
  relationCount: number;
}

function group<K, V>(items: V[], key: (item: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export function plainRows(extraction: Extraction): PlainRows {
  const relations = extraction.relations.flatMap((r) =>
    r.evidence.map((e) => ({
      type: r.type,
      source: r.source,
      target: r.target,
      article: e.article,
      sentence: e.sentence,
    })),
  );
  const mentions = extraction.mentions ?? [];
  const used = new Set([...mentions.map((m) => m.entity), ...relations.flatMap((r) => [r.source, r.target])]);
  const entities = extraction.entities.filter((e) => used.has(e.id));
  return {
    articles: extraction.articles.map((a) => ({
      id: a.id,
      title: a.title,
      source: a.source ?? null,
      date: a.date ?? null,
      authors: a.authors,
      contentHash: a.contentHash ?? null,
      text: a.text ?? null,
    })),
    entitiesByLabel: new Map(
      [...group(entities, (e) => e.type)].map(([label, list]) => [
        label,
        list.map((e) => ({ id: e.id, name: e.name, aliases: e.aliases })),
      ]),
    ),
    mentions: mentions.map((m) => ({ entity: m.entity, article: m.article, start: m.start, end: m.end })),
    relationsByType: new Map(
      [...group(relations, (r) => r.type)].map(([type, list]) => [
        type,
        list.map((r) => ({ source: r.source, target: r.target, article: r.article, sentence: r.sentence })),
      ]),
    ),
    relationCount: relations.length,
  };
}

/** Relations with their evidence sentences and articles, between entities found (MATCH) or made (MERGE). */
function relationStatement(type: RelationType, endpoints: "MATCH" | "MERGE"): string {
  return `UNWIND $rows AS row
          ${endpoints} (s:Entity {id: row.source}) ${endpoints} (t:Entity {id: row.target})
          MERGE (s)-[r:${type}]->(t)
          ON CREATE SET r.sentences = [row.sentence], r.articles = [row.article]
          ON MATCH SET r.sentences = r.sentences + row.sentence, r.articles = r.articles + row.article`;
}

/** One statement per kind of row; labels and types come from the domain's lists, as in the loader. */
function statements(rows: PlainRows): { query: string; rows: unknown[] }[] {
  return [
    { query: "UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row", rows: rows.articles },
    ...[...rows.entitiesByLabel].map(([label, list]) => ({
      query: `UNWIND $rows AS row MERGE (e:Entity:${label} {id: row.id}) SET e.name = row.name, e.aliases = row.aliases`,
      rows: list,
    })),
    {
      query: `UNWIND $rows AS row
              MATCH (a:Article {id: row.article}) MATCH (e:Entity {id: row.entity})
              MERGE (e)-[m:MENTIONED_IN]->(a)
              ON CREATE SET m.count = 1, m.starts = [row.start], m.ends = [row.end]
              ON MATCH SET m.count = m.count + 1, m.starts = m.starts + row.start, m.ends = m.ends + row.end`,
      rows: rows.mentions,
    },
    ...[...rows.relationsByType].map(([type, list]) => ({ query: relationStatement(type, "MATCH"), rows: list })),
  ];
}

/** The baseline: the least a script must do to write the same rows, in batches of 1,000 rows, each its own transaction. */
export async function minimalUnwindMerge(driver: Driver, rows: PlainRows, batch = 1000): Promise<void> {
  for (const statement of statements(rows)) {
    for (let i = 0; i < statement.rows.length; i += batch) {
      await driver.executeQuery(statement.query, { rows: statement.rows.slice(i, i + batch) }, { database: "neo4j" });
    }
  }
}

/** The same statements, one row per transaction: what a loader that never batches pays. */
export async function oneTransactionPerRow(driver: Driver, rows: PlainRows): Promise<void> {
  const session = driver.session({ database: "neo4j" });
  try {
    for (const statement of statements(rows)) {
      for (const row of statement.rows) await session.executeWrite((tx) => tx.run(statement.query, { rows: [row] }));
    }
  } finally {
    await session.close();
  }
}

/** Relations alone between bare nodes: the comparison this benchmark made before it wrote the same rows as the loader. */
export async function minimalRelationsOnly(driver: Driver, rows: PlainRows, batch = 1000): Promise<void> {
  for (const [type, typed] of rows.relationsByType) {
    for (let i = 0; i < typed.length; i += batch) {
      await driver.executeQuery(
        relationStatement(type, "MERGE"),
        { rows: typed.slice(i, i + batch) },
        { database: "neo4j" },
      );
    }
  }
}
