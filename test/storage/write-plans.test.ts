import { Driver } from "neo4j-driver";
import { ENTITY_LABELS, FACT_RELATION_TYPES, RelationType } from "../../domain";
import * as statements from "../../storage/write/write-statements";
import { resetDatabase, testDriver } from "../support/database";

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

/** Operator names come as "Eager@neo4j" on 5.x. */
function operators(plan: PlanNode): string[] {
  return [plan.operatorType.split("@")[0], ...plan.children.flatMap(operators)];
}

async function planOperators(driver: Driver, query: string): Promise<string[]> {
  const result = await driver.executeQuery(`EXPLAIN ${query}`, {});
  return operators(result.summary.plan as unknown as PlanNode);
}

const writable = FACT_RELATION_TYPES as RelationType[];

const STATEMENTS: [string, string][] = [
  ["upsert articles", statements.UPSERT_ARTICLES],
  ["lock articles", statements.LOCK_ARTICLES],
  ["upsert mentions", statements.UPSERT_MENTIONS],
  ["read article footprint", statements.READ_ARTICLE_FOOTPRINT],
  ["retract relation evidence", statements.RETRACT_RELATION_EVIDENCE],
  ["delete relations", statements.DELETE_RELATIONS],
  ["refresh relation dates", statements.REFRESH_RELATION_DATES],
  ["refresh entities", statements.REFRESH_ENTITIES],
  ["add entity tallies", statements.ADD_ENTITY_TALLIES],
  ["delete article", statements.DELETE_ARTICLE],
  ["delete entities", statements.DELETE_ENTITIES],
  ...ENTITY_LABELS.map((label): [string, string] => [`upsert ${label}`, statements.upsertEntities(label)]),
  ...writable.map((type): [string, string] => [`upsert ${type}`, statements.upsertRelations(type)]),
];

/** An Eager operator makes a write buffer every row in memory: the write path must have none. */
describe("the loader's write plans", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    // Plans depend on statistics: give the planner a graph of some size, as in real use.
    await driver.executeQuery(
      `UNWIND range(1, 3000) AS i
       MERGE (e:Entity:State {id: 'state:' + i}) ON CREATE SET e.name = 'S' + i, e.aliases = []
       MERGE (a:Article {id: 'article:' + (i % 100)})
       MERGE (e)-[:MENTIONED_IN {count: 1}]->(a)`,
    );
    await driver.executeQuery(
      `MATCH (e:Entity) WITH e, toInteger(substring(e.id, 6)) AS i
       MATCH (f:Entity {id: 'state:' + ((i * 7) % 3000 + 1)})
       MERGE (e)-[:BACKS {negated: false, count: 1, articles: ['article:1'], evidenceArticle: ['article:1']}]->(f)`,
    );
    await driver.executeQuery("CALL db.awaitIndexes(60)");
  });
  afterAll(() => driver.close());

  it("sees an Eager operator where there is one", async () => {
    expect(await planOperators(driver, "MATCH (:Article {id: $articleId})<-[m:MENTIONED_IN]-() DELETE m")).toContain(
      "Eager",
    );
  });

  it.each(STATEMENTS)("%s has no Eager operator", async (_name, query) => {
    expect(await planOperators(driver, query)).not.toContain("Eager");
  });

  it("refuses a label or relation type outside the domain model", () => {
    expect(() => statements.upsertEntities("Person`) DETACH DELETE (n" as never)).toThrow(/not in the domain model/);
    expect(() => statements.upsertRelations("MENTIONED_IN")).toThrow(/not writable/);
  });
});
