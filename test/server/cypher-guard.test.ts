import { CYPHER_BOUNDS, CypherRefusal, checkStatically } from "../../server/cypher";
import { callerMessage } from "../../server/cypher/neo4j-message";

const check = (query: string) => checkStatically(query, "neo4j");

describe("the Cypher allowlist over Neo4j's grammar", () => {
  it.each([
    ["MATCH (n) WHERE n.name = 'CREATE (x)' RETURN n", "a keyword inside a string"],
    ['MATCH (n) WHERE n.name = "a\\"; DELETE n" RETURN n', "an escaped quote inside a string"],
    ["MATCH (n) RETURN {set: 1, delete: 2} AS m", "keywords as map keys"],
    ["MATCH (n) RETURN n.set, n.create", "keywords as property names"],
    ["MATCH (n:`CREATE`) RETURN n", "a keyword as a quoted label"],
    ["MATCH (`CREATE`) RETURN `CREATE`", "a keyword as a quoted variable"],
    ["MATCH (n) // CREATE (m)\nRETURN n", "a keyword in a line comment"],
    ["MATCH (n) /* DELETE n */ RETURN n;", "a keyword in a block comment, and one trailing semicolon"],
    ["MATCH (n) WHERE n.name STARTS WITH 'I' RETURN n", "STARTS WITH"],
    ["CALL db.labels() YIELD label RETURN label", "a read procedure"],
    [
      "CALL db.index.fulltext.queryNodes('entity_names', 'iran') YIELD node RETURN node",
      "the full-text query procedure",
    ],
    ["USE neo4j MATCH (n) RETURN n", "USE of the configured database"],
    ["MATCH (n) CALL (n) { MATCH (n)-->(m) RETURN m } RETURN n, m", "a reading CALL subquery"],
    [
      "MATCH (n) WHERE EXISTS { MATCH (n)-->() } RETURN n, COUNT { (n)--() } AS c, COLLECT { MATCH (n)-->(m) RETURN m.id } AS ids",
      "EXISTS, COUNT and COLLECT subqueries",
    ],
    [
      "UNWIND range(1, 3) AS x WITH x ORDER BY x DESC SKIP 1 LIMIT 1 RETURN x UNION ALL RETURN 0 AS x",
      "UNWIND, WITH, ORDER BY, SKIP, LIMIT, UNION",
    ],
    [
      "RETURN date.truncate('day', date()) AS d, toUpper('x') AS u, reduce(s = 0, x IN [1, 2] | s + x) AS r",
      "built-in functions",
    ],
    ["RETURN 1 AS profile, 2 AS explain", "preparser words as names"],
    ["MATCH p = shortestPath((a)-[*..4]-(b)) RETURN p", "shortestPath"],
  ])("lets a reading query through: %s (%s)", (query) => {
    expect(() => check(query)).not.toThrow();
  });

  it.each([
    ["CREATE (n:Entity {id: 'x'})", /CREATE is not allowed/],
    ["MERGE (n:Entity {id: 'x'})", /MERGE is not allowed/],
    ["MATCH (n) SET n.x = 1", /SET is not allowed/],
    ["MATCH (n) DETACH DELETE n", /DELETE is not allowed/],
    ["MATCH (n) REMOVE n.name", /REMOVE is not allowed/],
    ["MATCH (n) FOREACH (x IN [1] | SET n.x = x)", /FOREACH is not allowed/],
    ["CREATE INDEX x FOR (n:Entity) ON (n.x)", /CREATE INDEX X is an administration or schema command/],
    ["DROP INDEX entity_names", /DROP INDEX ENTITY_NAMES is an administration or schema command/],
    ["SHOW TRANSACTIONS YIELD currentQuery, parameters", /SHOW TRANSACTIONS/],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /TERMINATE TRANSACTIONS/],
    ["SHOW SETTINGS", /SHOW SETTINGS/],
    ["LOAD CSV FROM 'http://127.0.0.1/x.csv' AS row RETURN row", /LOAD CSV is not allowed/],
    ["USE system SHOW DATABASES", /USE SYSTEM/],
    ["USE system MATCH (n) RETURN n", /USE SYSTEM is not allowed/],
    ["CALL db.stats.retrieve('QUERIES')", /procedure db\.stats\.retrieve is not allowed/],
    ["CALL `db`.`stats.retrieve`('QUERIES')", /procedure db\.stats\.retrieve is not allowed/],
    ["CALL dbms.components()", /procedure dbms\.components/],
    ["CALL db.createLabel('X')", /procedure db\.createLabel/],
    ["RETURN apoc.text.join(['a'], ',') AS x", /function apoc\.text\.join is not allowed/],
    ["RETURN `apoc.text.join`(['a'], ',') AS x", /function apoc\.text\.join is not allowed/],
    ["MATCH (n) CALL (n) { SET n.x = 1 } RETURN n", /SET is not allowed/],
    ["MATCH (n) WHERE EXISTS { MATCH (n)-->(m) CREATE (x) } RETURN n", /CREATE is not allowed/],
    ["MATCH (n) CALL (n) { RETURN n AS m } IN TRANSACTIONS RETURN m", /IN TRANSACTIONS/],
    ["RETURN 1; RETURN 2", /one statement/],
    ["EXPLAIN MATCH (n) RETURN n", /EXPLAIN, PROFILE and CYPHER options/],
    [":param x => 1", /console commands/],
    ["MATCH (n) // x\rLOAD CSV FROM 'http://127.0.0.1/' AS r RETURN r", /LOAD CSV/],
    ["MATCH (n)\u001CDETACH\u001DDELETE\u001En", /DELETE is not allowed/],
    ["MATCH (n) RETURN n.x AS `a\\u0060`", /\\u escapes are not allowed/],
    [
      "WITH '\\u0027 AS x LOAD CSV FROM 'http://127.0.0.1:9/' AS r RETURN r //' AS y RETURN y",
      /\\u escapes are not allowed/,
    ],
    ["MATCH (n) RETURN n // \\u000a DETACH DELETE n", /\\u escapes are not allowed/],
    ["RETURN 'a\\uuu0041' AS x", /\\u escapes are not allowed/],
    ["MATCH (n) RETURN n.x AS `a\\b`", /backslash outside a string/],
    ["   // only a comment", /empty/],
  ])("refuses %j", (query, why) => {
    expect(() => check(query)).toThrow(CypherRefusal);
    expect(() => check(query)).toThrow(why);
  });

  it("reports a syntax error with its position, without the parser's list of expected tokens", () => {
    expect(() => check("MATCH (n RETURN n")).toThrow("SyntaxError: Invalid input 'RETURN' (line 1, column 10)");
    expect(() => check("MATCH (n) RETURN n /* unterminated")).toThrow(/^SyntaxError: Invalid input/);
  });

  it("bounds size, bracket nesting, operator chains and UNIONs before Neo4j sees them", () => {
    expect(() => check(`RETURN '${"x".repeat(CYPHER_BOUNDS.maxLength)}'`)).toThrow(/longer than/);
    expect(() =>
      check(`RETURN ${"(".repeat(CYPHER_BOUNDS.maxBrackets + 1)}1${")".repeat(CYPHER_BOUNDS.maxBrackets + 1)}`),
    ).toThrow(/brackets/);
    expect(() => check(`RETURN ${"(".repeat(30)}1${")".repeat(30)} AS x`)).not.toThrow();
    expect(() => check(`RETURN ${"NOT ".repeat(600)}true`)).toThrow(/nested or chained too deeply/);
    expect(() => check(`WITH {a: 1} AS m RETURN m${".a".repeat(600)}`)).toThrow(/nested or chained too deeply/);
    expect(() => check(`RETURN ${"NOT ".repeat(100)}true AS x`)).not.toThrow();
    expect(() =>
      check(Array.from({ length: CYPHER_BOUNDS.maxUnionParts + 1 }, (_, i) => `RETURN ${i} AS x`).join(" UNION ")),
    ).toThrow(/UNION of more than/);
    expect(() => check(Array.from({ length: 50 }, (_, i) => `RETURN ${i} AS x`).join(" UNION "))).not.toThrow();
  });

  it("sends Neo4j the statement it checked: comments blanked, strings re-encoded with no escape Neo4j could decode first", () => {
    const quoted = "WITH '\\U00000027 AS x LOAD CSV FROM \"http://127.0.0.1:9/\" AS r RETURN r //' AS y RETURN y";
    const sent = check(quoted);
    expect(sent.startsWith("WITH '\\' AS x LOAD CSV")).toBe(true);
    expect(sent).toHaveLength(quoted.length);
    expect(check("MATCH (n) // note\nRETURN n;")).toBe("MATCH (n)        \nRETURN n ");
    expect(check("RETURN 'a\\\\u0027b' AS s")).toBe("RETURN 'a\\\\u0027b' AS s");
  });
});

describe("Neo4j's messages as the caller gets them", () => {
  it("keep the first line and the position, drop class names and long lists of expected tokens", () => {
    const syntax =
      'Invalid input \'x\': expected "(", "ALL", "ANY", "CALL", "CREATE", "DELETE" or "WITH" (line 1, column 5 (offset: 4))\n"RETURN x"\n    ^';
    expect(callerMessage(syntax)).toBe("Invalid input 'x' (line 1, column 5 (offset: 4))");
    expect(callerMessage("Variable `m` not defined (line 1, column 8 (offset: 7))")).toBe(
      "Variable `m` not defined (line 1, column 8 (offset: 7))",
    );
    expect(callerMessage("Failed: java.lang.StackOverflowError: org.neo4j.cypher.internal.Foo$Bar went wrong")).toBe(
      "Failed: went wrong",
    );
  });
});
