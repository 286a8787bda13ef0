import { Driver } from "neo4j-driver";
import { DECISION_LABEL, ENTITY_LABEL } from "../domain";

export const FULLTEXT_INDEX = "entity_names";

/** A Cypher expression: the alias list `list` as the one text the full-text index reads (`aliasText`). */
export function aliasTextOf(list: string): string {
  return `reduce(text = '', x IN ${list} | CASE WHEN text = '' THEN x ELSE text + ' | ' + x END)`;
}

/** Every statement is idempotent (IF NOT EXISTS), so this runs at every start-up. */
export const SCHEMA_STATEMENTS: readonly string[] = [
  `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
  "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
  `CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (d:${DECISION_LABEL}) REQUIRE d.id IS UNIQUE`,
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON EACH [n.name, n.aliasText]`,
  "CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date)",
  "CREATE INDEX article_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash)",
  "CREATE INDEX article_date IF NOT EXISTS FOR (a:Article) ON (a.date)",
  "CREATE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.source)",
];

export async function ensureSchema(driver: Driver, database: string): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery("CALL db.awaitIndexes(60)", {}, { database });
}
