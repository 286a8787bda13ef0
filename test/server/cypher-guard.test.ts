import { CypherRefusal, checkStatically } from "../../server/cypher";

describe("the static Cypher guard", () => {
  it.each([
    ["MATCH (n) WHERE n.name = 'CREATE (x)' RETURN n", "a keyword inside a string"],
    ['MATCH (n) WHERE n.name = "a\\"; DELETE n" RETURN n', "an escaped quote inside a string"],
    ["MATCH (n) RETURN {set: 1, delete: 2} AS m", "keywords as map keys"],
    ["MATCH (n) RETURN n.set, n.create", "keywords as property names"],
    ["MATCH (n:`CREATE`) RETURN n", "a keyword as a quoted label"],
    ["MATCH (n) // CREATE (m)\nRETURN n", "a keyword in a line comment"],
    ["MATCH (n) /* DELETE n */ RETURN n;", "a keyword in a block comment, and one trailing semicolon"],
    ["MATCH (n) WHERE n.name STARTS WITH 'I' RETURN n", "STARTS WITH"],
    ["CALL db.labels() YIELD label RETURN label", "a read-only procedure"],
  ])("lets a reading query through: %s (%s)", (query) => {
    expect(() => checkStatically(query)).not.toThrow();
  });

  it.each([
    ["CREATE (n:Entity {id: 'x'})", /CREATE/],
    ["MERGE (n:Entity {id: 'x'})", /MERGE/],
    ["MATCH (n) SET n.x = 1", /SET/],
    ["MATCH (n) DELETE n", /DELETE/],
    ["MATCH (n) DETACH DELETE n", /DELETE/],
    ["MATCH (n) REMOVE n.name", /REMOVE/],
    ["CREATE INDEX x FOR (n:Entity) ON (n.x)", /CREATE/],
    ["DROP INDEX entity_names", /schema/],
    ["CALL dbms.components()", /dbms/],
    ["CALL `dbms`.components()", /dbms/],
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", /LOAD CSV/],
    ["MATCH (n) CALL (n) { SET n.x = 1 } RETURN n", /SET/],
    ["MATCH (n) WITH n DELETE n", /DELETE/],
    ["MATCH (n) FOREACH (x IN [1] | SET n.x = x)", /FOREACH/],
    ["MATCH (n) RETURN n; MATCH (m) DETACH DELETE m", /one statement/],
    ["RETURN 1; RETURN 2", /one statement/],
    ["/* harmless */ CREATE (n)", /CREATE/],
    ["MATCH (n) //\nDELETE n", /DELETE/],
    ["MATCH (n) RETURN n /* unterminated", /unterminated/],
    ["SHOW USERS", /administration/],
    ["USE system SHOW DATABASES", /USE|administration/],
    ["EXPLAIN MATCH (n) RETURN n", /EXPLAIN/],
    ["MATCH (n) CALL (n) { RETURN n AS m } IN TRANSACTIONS RETURN m", /batched/],
    ["   ", /empty/],
  ])("refuses %s", (query, why) => {
    expect(() => checkStatically(query)).toThrow(CypherRefusal);
    expect(() => checkStatically(query)).toThrow(why);
  });
});
