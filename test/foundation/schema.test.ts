import { Driver } from "neo4j-driver";
import { ensureSchema, FULLTEXT_INDEX } from "../../storage";
import { resetDatabase, testDriver } from "../support/database";

describe("Neo4j schema", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
  });
  afterAll(() => driver.close());

  it("creates the constraints and indexes, and creating them again changes nothing", async () => {
    await ensureSchema(driver, "neo4j");
    const before = await driver.executeQuery("SHOW INDEXES YIELD name RETURN collect(name) AS names");
    await ensureSchema(driver, "neo4j");
    const after = await driver.executeQuery("SHOW INDEXES YIELD name RETURN collect(name) AS names");
    const names: string[] = after.records[0].get("names");
    expect(names.sort()).toEqual((before.records[0].get("names") as string[]).sort());
    expect(names).toEqual(
      expect.arrayContaining(["entity_id", "article_id", FULLTEXT_INDEX, "event_date", "article_hash"]),
    );
  });

  it("refuses two entities with one id", async () => {
    await driver.executeQuery("CREATE (:Entity:State {id: 'state:oman', name: 'Oman'})");
    await expect(driver.executeQuery("CREATE (:Entity:State {id: 'state:oman', name: 'Oman again'})")).rejects.toThrow(
      /already exists/,
    );
  });

  it("finds entities by a misspelt alias through the full-text index", async () => {
    await driver.executeQuery(
      "CREATE (:Entity:Group {id: 'group:hizbollah', name: 'Hizbollah', aliasText: 'Hezbollah | Hizballah'})",
    );
    await driver.executeQuery("CALL db.awaitIndexes(30)");
    const result = await driver.executeQuery(
      `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $q) YIELD node RETURN node.id AS id`,
      { q: "Hezbolah~" },
    );
    expect(result.records.map((r) => r.get("id"))).toContain("group:hizbollah");
  });
});
