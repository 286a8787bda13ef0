/**
 * Hostile console queries, generated: every write form in every position, under every comment, separator,
 * case, look-alike and escape trick; every administration command; procedures and functions outside the
 * allowlist; LOAD CSV against a listener of the test's own; huge and deeply nested statements.
 */

export interface Attempt {
  kind: string;
  query: string;
}

/** Writes and reaches outside the graph, each a clause that may follow a MATCH binding n. */
function writeForms(listener: string): Record<string, string> {
  return {
    create: "CREATE (:Entity:Actor {id: 'actor:intruder', name: 'Intruder'})",
    merge: "MERGE (:Entity:Actor {id: 'actor:intruder'})",
    set: "SET n.name = 'hacked'",
    setLabel: "SET n:Hacked",
    remove: "REMOVE n.name",
    delete: "DELETE n",
    detachDelete: "DETACH DELETE n",
    foreach: "FOREACH (x IN [1] | SET n.hacked = x)",
    insert: "INSERT (:Entity {id: 'x'})",
    loadCsvUrl: `LOAD CSV FROM '${listener}/rows.csv' AS row RETURN row`,
    loadCsvHeaders: `LOAD CSV WITH HEADERS FROM '${listener}/h.csv' AS row RETURN row`,
    loadCsvFile: "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    inTransactions: "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1 ROW",
  };
}

/** Where a write form can hide: leading, after reads, inside subqueries, after UNION, in a second statement. */
const POSITIONS: Record<string, (w: string) => string> = {
  alone: (w) => w,
  afterMatch: (w) => `MATCH (n:Entity) ${w}`,
  afterOptionalMatch: (w) => `OPTIONAL MATCH (n:Entity) ${w}`,
  afterWith: (w) => `MATCH (n:Entity) WITH n LIMIT 1 ${w}`,
  afterUnwind: (w) => `MATCH (n:Entity) UNWIND [1] AS one ${w}`,
  inCall: (w) => `MATCH (n:Entity) CALL (n) { ${w} } RETURN count(*) AS c`,
  inOldCall: (w) => `MATCH (n:Entity) CALL { WITH n ${w} } RETURN count(*) AS c`,
  inExists: (w) => `MATCH (n:Entity) WHERE EXISTS { MATCH (n)--() ${w} } RETURN n`,
  inCollect: (w) => `MATCH (n:Entity) RETURN COLLECT { MATCH (n)--(m) ${w} RETURN m } AS ms`,
  afterUnion: (w) => `MATCH (n:Entity) RETURN n.id AS id UNION MATCH (n:Entity) ${w} RETURN n.id AS id`,
  secondStatement: (w) => `MATCH (n:Entity) RETURN n LIMIT 1; MATCH (n:Entity) ${w}`,
  inForeach: (w) => `MATCH (n:Entity) FOREACH (x IN [1] | ${w})`,
};

/** Ways to disguise the words of a statement. */
const TRICKS: Record<string, (q: string) => string> = {
  plain: (q) => q,
  lowerCase: (q) => q.replace(/\b[A-Z]{3,}\b/g, (w) => w.toLowerCase()),
  mixedCase: (q) => q.replace(/\b[A-Z]{3,}\b/g, (w) => [...w].map((c, i) => (i % 2 ? c.toLowerCase() : c)).join("")),
  crComment: (q) => `MATCH (n:Entity) // harmless\r${q}`,
  lfComment: (q) => `// harmless\n${q}`,
  blockComment: (q) => `/* just reading */ ${q}`,
  commentBetween: (q) => q.replace(/ /, " /* */ "),
  fileSeparator: (q) => q.replace(/ /g, "\u001C"),
  groupSeparator: (q) => q.replace(/ /g, "\u001D"),
  recordSeparator: (q) => q.replace(/ /g, "\u001E"),
  unitSeparator: (q) => q.replace(/ /g, "\u001F"),
  nbsp: (q) => q.replace(/ /g, "\u00A0"),
  lineSeparator: (q) => q.replace(/ /g, "\u2028"),
  ideographicSpace: (q) => q.replace(/ /g, "\u3000"),
  tabs: (q) => q.replace(/ /g, "\t"),
  unicodeEscapeString: (q) => `WITH '\\u0027 AS x ${q} //' AS y RETURN y`,
  unicodeEscapeComment: (q) => `MATCH (n:Entity) RETURN n // \\u000a ${q}`,
  unicodeEscapeBlock: (q) => `MATCH (n:Entity) RETURN n /* \\u002a/ ${q} */`,
  cyrillicLookalike: (q) => q.replace(/C/g, "\u0421").replace(/E/g, "\u0415"),
  fullWidth: (q) =>
    q.replace(/\b(CREATE|DELETE|SET|MERGE|LOAD)\b/g, (w) =>
      [...w].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join(""),
    ),
  zeroWidth: (q) => q.replace(/\b(CREATE|DELETE|SET|MERGE|LOAD)\b/g, (w) => `${w.slice(0, 2)}\u200B${w.slice(2)}`),
  backtickKeyword: (q) => q.replace(/\b(CREATE|DELETE|MERGE)\b/g, "`$1`"),
  trailingSemicolon: (q) => `${q};`,
};

const ADMIN = [
  "SHOW TRANSACTIONS",
  "SHOW TRANSACTIONS YIELD currentQuery, parameters",
  "SHOW TRANSACTIONS YIELD * RETURN *",
  "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  "SHOW TRANSACTIONS YIELD transactionId TERMINATE TRANSACTIONS transactionId",
  "SHOW SETTINGS",
  "SHOW SETTINGS YIELD name, value",
  "SHOW SETTINGS 'server.directories.import'",
  "SHOW PROCEDURES",
  "SHOW FUNCTIONS",
  "SHOW INDEXES",
  "SHOW CONSTRAINTS",
  "SHOW DATABASES",
  "SHOW DATABASE neo4j",
  "SHOW DEFAULT DATABASE",
  "SHOW HOME DATABASE",
  "SHOW USERS",
  "SHOW CURRENT USER",
  "SHOW ROLES",
  "SHOW PRIVILEGES",
  "SHOW USER neo4j PRIVILEGES",
  "SHOW SERVERS",
  "SHOW ALIASES FOR DATABASE",
  "SHOW SUPPORTED PRIVILEGES",
  "CREATE INDEX hack FOR (n:Entity) ON (n.hack)",
  "CREATE INDEX hack IF NOT EXISTS FOR (n:Entity) ON (n.hack)",
  "CREATE FULLTEXT INDEX hack FOR (n:Entity) ON EACH [n.hack]",
  "CREATE LOOKUP INDEX hack FOR (n) ON EACH labels(n)",
  "CREATE CONSTRAINT hack FOR (n:Entity) REQUIRE n.hack IS UNIQUE",
  "DROP INDEX entity_names",
  "DROP INDEX entity_names IF EXISTS",
  "DROP CONSTRAINT entity_id",
  "CREATE DATABASE hack",
  "DROP DATABASE neo4j",
  "ALTER DATABASE neo4j SET ACCESS READ ONLY",
  "START DATABASE neo4j",
  "STOP DATABASE neo4j",
  "CREATE USER hacker SET PASSWORD 'password123'",
  "ALTER USER neo4j SET PASSWORD 'password123'",
  "ALTER CURRENT USER SET PASSWORD FROM 'newsgraph-test' TO 'password123'",
  "DROP USER neo4j",
  "RENAME USER neo4j TO hacker",
  "CREATE ROLE hacker",
  "GRANT ROLE admin TO hacker",
  "GRANT ALL ON DATABASE * TO PUBLIC",
  "DENY READ {*} ON GRAPH * TO PUBLIC",
  "REVOKE ROLE admin FROM neo4j",
  "ENABLE SERVER 'x'",
  "DEALLOCATE DATABASES FROM SERVER 'x'",
  "REALLOCATE DATABASES",
  "CREATE ALIAS hack FOR DATABASE neo4j",
  "DROP ALIAS hack FOR DATABASE",
  "USE system SHOW DATABASES",
  "USE system MATCH (n) RETURN n",
  "USE hack MATCH (n) RETURN n",
  "USE graph.byName('system') MATCH (n) RETURN n",
  "USE (system) MATCH (n) RETURN n",
  "EXPLAIN MATCH (n) RETURN n",
  "PROFILE MATCH (n) RETURN n",
  "CYPHER runtime=slotted MATCH (n) RETURN n",
  "CYPHER 5 MATCH (n) RETURN n",
  "EXPLAIN CREATE (n)",
  ":param x => 1",
  ":use system",
  ":server disconnect",
  "USING PERIODIC COMMIT LOAD CSV FROM 'file:///x' AS r CREATE (n)",
  "FINISH",
  "MATCH (n) FINISH",
  "LET x = 1 RETURN x",
  "MATCH (n) FILTER n.id = 'x' RETURN n",
  "MATCH (n) ORDER BY n.id RETURN n",
  "WHEN true THEN RETURN 1 AS x ELSE RETURN 2 AS x",
];

const PROCEDURES = [
  "db.stats.retrieve('QUERIES')",
  "db.stats.retrieveAllAnonymized('x')",
  "db.stats.collect('QUERIES')",
  "db.stats.stop('QUERIES')",
  "db.stats.clear('QUERIES')",
  "db.stats.status()",
  "db.resampleIndex('entity_names')",
  "db.resampleOutdatedIndexes()",
  "db.prepareForReplanning()",
  "db.clearQueryCaches()",
  "db.createLabel('Hacked')",
  "db.createProperty('hacked')",
  "db.createRelationshipType('HACKED')",
  "db.create.setNodeVectorProperty(null, 'v', [1.0])",
  "db.index.vector.createNodeIndex('v', 'Entity', 'v', 2, 'cosine')",
  "db.awaitIndexes(1)",
  "db.info()",
  "db.ping()",
  "db.index.fulltext.listAvailableAnalyzers()",
  "dbms.components()",
  "dbms.listConfig()",
  "dbms.listConnections()",
  "dbms.killConnections([])",
  "dbms.queryJmx('*:*')",
  "dbms.info()",
  "dbms.showCurrentUser()",
  "dbms.routing.getRoutingTable({})",
  "dbms.upgrade()",
  "dbms.security.createUser('x', 'password123', false)",
  "tx.setMetaData({a: 1})",
  "tx.getMetaData()",
  "apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
  "apoc.load.json('http://127.0.0.1/')",
  "apoc.cypher.runWrite('CREATE (n)', {})",
  "apoc.export.csv.all('x.csv', {})",
  "gds.graph.project('g', '*', '*')",
];

function procedureForms(name: string): string[] {
  const bare = name.replace(/\(.*$/, "");
  const [namespace, last] = [bare.slice(0, bare.lastIndexOf(".")), bare.slice(bare.lastIndexOf(".") + 1)];
  const args = name.slice(bare.length);
  return [
    `CALL ${name}`,
    `CALL ${name} YIELD * RETURN *`,
    `OPTIONAL CALL ${name}`,
    `MATCH (n) CALL (n) { CALL ${name} RETURN 1 AS one } RETURN n`,
    `CALL \`${namespace}\`.\`${last}\`${args}`,
    `CALL \`${bare}\`${args}`,
    `call ${name.toLowerCase()}`,
  ];
}

const FUNCTIONS = [
  "apoc.text.join(['a'], ',')",
  "apoc.util.sleep(100000)",
  "apoc.load.jsonParams('http://127.0.0.1/', {}, null)",
  "custom.hack(1)",
  "`apoc.text.join`(['a'], ',')",
  "`apoc`.`text.join`(['a'], ',')",
  "db.hack()",
  "dbms.hack()",
  "graph.names()",
  "graph.byName('system')",
];

function hugeAndNested(): Attempt[] {
  const n = (count: number, text: string) => text.repeat(count);
  return [
    { kind: "huge", query: `RETURN '${"x".repeat(20_001)}' AS s` },
    { kind: "huge", query: `RETURN ${Array.from({ length: 5_001 }, () => "1").join(",")}` },
    {
      kind: "huge",
      query: `MATCH (n) WHERE ${Array.from({ length: 3_000 }, (_, i) => `n.id = 'a${i}'`).join(" OR ")} RETURN n`,
    },
    { kind: "nested", query: `RETURN ${n(5_000, "(")}1${n(5_000, ")")}` },
    { kind: "nested", query: `RETURN ${n(3_000, "[")}1${n(3_000, "]")}` },
    { kind: "nested", query: `RETURN ${n(2_000, "{a: ")}1${n(2_000, "}")}` },
    { kind: "nested", query: `RETURN ${n(41, "(")}1${n(41, ")")}` },
    { kind: "nested", query: `RETURN ${n(2_400, "NOT ")}true` },
    { kind: "nested", query: `RETURN ${n(600, "NOT ")}true` },
    { kind: "nested", query: `WITH {a: 1} AS m RETURN m${n(2_000, ".a")}` },
    { kind: "nested", query: `WITH {a: 1} AS m RETURN m${n(600, ".a")}` },
    { kind: "nested", query: `WITH [1] AS l RETURN l${n(600, "[0]")}` },
    {
      kind: "nested",
      query: `RETURN ${n(30, "CASE WHEN true THEN ")}1${n(30, " END")} AS x, ${n(35, "(")}1${n(35, ")")} AS y`,
    },
    { kind: "nested", query: `RETURN ${n(20, "(")}${n(200, "NOT ")}true${n(20, ")")}` },
    { kind: "nested", query: `MATCH (n:${n(2_000, "A|")}B) RETURN n` },
    { kind: "nested", query: `MATCH (n:${n(600, "!")}A) RETURN n` },
    { kind: "union", query: Array.from({ length: 900 }, (_, i) => `RETURN ${i} AS x`).join(" UNION ") },
    { kind: "union", query: Array.from({ length: 101 }, (_, i) => `RETURN ${i} AS x`).join(" UNION ALL ") },
    {
      kind: "union",
      query: `${Array.from({ length: 200 }, (_, i) => `MATCH (n) RETURN ${i} AS x`).join(" UNION ")}; CREATE (x)`,
    },
    { kind: "nested", query: `RETURN ${n(45, "[x IN ")}[1]${n(45, " | x]")}` },
    { kind: "huge", query: `${"/* padding */ ".repeat(1_500)}CREATE (n)` },
    { kind: "huge", query: `RETURN 1 AS x${"\u001C".repeat(19_990)}` },
  ];
}

/** The whole corpus, each query distinct. */
export function consoleAttackCorpus(listener: string): Attempt[] {
  const attempts: Attempt[] = [];
  for (const [form, write] of Object.entries(writeForms(listener))) {
    for (const [position, place] of Object.entries(POSITIONS))
      attempts.push({ kind: `write ${form} ${position}`, query: place(write) });
    for (const [trick, disguise] of Object.entries(TRICKS))
      attempts.push({ kind: `write ${form} ${trick}`, query: disguise(POSITIONS.afterMatch(write)) });
  }
  for (const command of ADMIN) {
    attempts.push({ kind: "admin", query: command });
    for (const trick of ["crComment", "fileSeparator", "lowerCase", "unicodeEscapeString", "blockComment"])
      attempts.push({ kind: `admin ${trick}`, query: TRICKS[trick](command) });
  }
  for (const procedure of PROCEDURES)
    for (const form of procedureForms(procedure)) attempts.push({ kind: "procedure", query: form });
  for (const fn of FUNCTIONS) {
    attempts.push({ kind: "function", query: `RETURN ${fn} AS x` });
    attempts.push({ kind: "function", query: `MATCH (n) WHERE ${fn} IS NOT NULL RETURN n` });
  }
  attempts.push(...hugeAndNested());
  const seen = new Set<string>();
  return attempts.filter((a) => !seen.has(a.query) && seen.add(a.query) !== undefined);
}
