import { ParseTree, Token } from "antlr4";
import { MAX_QUERY_LENGTH } from "../../domain/api";
import { ALLOWED_NAMESPACED_FUNCTIONS, ALLOWED_PROCEDURES, ALLOWED_RULES, RULE_NAMES } from "./cypher-allowlist";
import { canonicalStatement } from "./cypher-canonical";
import { CypherQueryError, CypherRefusal } from "./cypher-errors";
import {
  CypherSyntaxError,
  ParsedCypher,
  TOKEN,
  childrenOf,
  isRule,
  lexCypher,
  parseTokens,
  terminalSymbol,
} from "./cypher-parser";

export { CypherRefusal } from "./cypher-errors";

/**
 * Bounds checked before anything reaches Neo4j. Neo4j's own parser and planner recurse over the
 * statement: 600 chained NOTs or property accesses overflow its stack and the transaction then hangs
 * until Neo4j's own timeout, and a 900-way UNION plans for longer than any timeout. Real queries stay far
 * below each of these.
 */
export const CYPHER_BOUNDS = {
  /** Characters of query text. */
  maxLength: MAX_QUERY_LENGTH,
  /** Tokens other than whitespace and comments. */
  maxTokens: 5_000,
  /** Brackets ( [ { open at once. */
  maxBrackets: 40,
  /** CASE expressions open at once: the parser's time grows with the cube of their nesting (30: 1 s). */
  maxCases: 8,
  /** Nesting as Neo4j's parser builds it: grammar depth plus the length of operator chains inside it. */
  maxDepth: 800,
  /** Parts of one UNION. */
  maxUnionParts: 100,
};

/** Maximum query text length: a guard against pasted dumps, not a real query's size. */

/*
 * How much a place in an operator chain adds to the nesting of what follows it: Neo4j builds a chain as a
 * left-deep tree, and a NOT or a property access costs it more stack than a binary operator.
 */
const CHAIN_WEIGHT: Record<string, number> = {
  expression9: 4,
  expression2: 4,
  expression: 0.5,
  expression11: 0.5,
  expression10: 0.5,
  expression8: 0.5,
  expression6: 0.5,
  expression5: 0.5,
  expression4: 0.5,
  labelExpression4: 0.5,
  labelExpression3: 0.5,
  labelExpression2: 4,
  union: 0.5,
};

const ALLOWED_PROCEDURE_NAMES = new Map(ALLOWED_PROCEDURES.map((name) => [name.toLowerCase(), name]));
const ALLOWED_FUNCTION_NAMES = new Set(ALLOWED_NAMESPACED_FUNCTIONS.map((name) => name.toLowerCase()));

function leafTokens(node: ParseTree): Token[] {
  const out: Token[] = [];
  const stack = [node];
  while (stack.length) {
    const current = stack.pop() as ParseTree;
    const symbol = terminalSymbol(current);
    if (symbol) out.push(symbol);
    else stack.push(...[...childrenOf(current)].reverse());
  }
  return out;
}

/** `db`.`stats.retrieve` and db.stats.retrieve name the same thing to a reader; both become db.stats.retrieve. */
function qualifiedName(node: ParseTree): string {
  return leafTokens(node)
    .filter((t) => t.text !== ".")
    .map((t) => (t.type === TOKEN.ESCAPED_SYMBOLIC_NAME ? t.text.slice(1, -1).replace(/``/g, "`") : t.text))
    .join(".");
}

function firstWords(node: ParseTree): string {
  return leafTokens(node)
    .slice(0, 3)
    .map((t) => t.text.toUpperCase())
    .join(" ");
}

function refusalFor(rule: string, node: ParseTree): CypherRefusal {
  if (rule === "loadCSVClause")
    return new CypherRefusal("LOAD CSV is not allowed: it reads files and URLs from the server");
  if (rule === "useClause")
    return new CypherRefusal(`${firstWords(node)} is not allowed: queries run on the configured database`);
  if (rule === "command")
    return new CypherRefusal(
      `${firstWords(node)} is an administration or schema command; the console only reads the graph`,
    );
  const name = RULE_NAMES[rule] ?? firstWords(node);
  return new CypherRefusal(
    `${name} is not allowed: the console runs only reading queries (MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN, UNION, CALL { } and reading procedures)`,
  );
}

function checkProcedure(node: ParseTree): void {
  const name = qualifiedName(node);
  if (!ALLOWED_PROCEDURE_NAMES.has(name.toLowerCase())) {
    throw new CypherRefusal(
      `the procedure ${name} is not allowed; the console may call ${ALLOWED_PROCEDURES.join(", ")}`,
    );
  }
}

function checkFunction(node: ParseTree): void {
  const name = qualifiedName(node);
  if (name.includes(".") && !ALLOWED_FUNCTION_NAMES.has(name.toLowerCase())) {
    throw new CypherRefusal(
      `the function ${name} is not allowed; the console may call Neo4j's built-in functions only`,
    );
  }
}

/** `USE <the configured database>` changes nothing and may stay; any other graph is refused. */
function isUseOf(node: ParseTree, database: string, ruleNames: readonly string[]): boolean {
  const tokens = leafTokens(node);
  const reference = childrenOf(node).find((c) => isRule(c) && ruleNames[c.ruleIndex] === "graphReference");
  const plainName =
    reference && childrenOf(reference).every((c) => isRule(c) && ruleNames[c.ruleIndex] === "symbolicAliasName");
  return (
    Boolean(plainName) &&
    tokens.length >= 2 &&
    qualifiedName(reference as ParseTree).toLowerCase() === database.toLowerCase()
  );
}

/** Walks the whole tree without recursion: every rule on the allowlist, every procedure and function named, bounds kept. */
function checkTree({ tree, ruleNames }: ParsedCypher, database: string): void {
  const stack: { node: ParseTree; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop() as { node: ParseTree; depth: number };
    if (!isRule(node)) continue;
    if (depth > CYPHER_BOUNDS.maxDepth)
      throw new CypherRefusal(`the query is nested or chained too deeply (more than ${CYPHER_BOUNDS.maxDepth} levels)`);
    const rule = ruleNames[node.ruleIndex];
    if (rule === "useClause" && isUseOf(node, database, ruleNames)) continue;
    if (!ALLOWED_RULES.has(rule)) throw refusalFor(rule, node);
    const children = childrenOf(node);
    if (
      rule === "statementsOrCommands" &&
      children.filter((c) => isRule(c) && ruleNames[c.ruleIndex] === "statementOrCommand").length > 1
    ) {
      throw new CypherRefusal("only one statement per request: the query has more than one (separated by ';')");
    }
    if (rule === "union" && children.filter(isRule).length > CYPHER_BOUNDS.maxUnionParts) {
      throw new CypherRefusal(`a UNION of more than ${CYPHER_BOUNDS.maxUnionParts} parts`);
    }
    if (rule === "procedureName") checkProcedure(node);
    if (rule === "functionName") checkFunction(node);
    const weight = CHAIN_WEIGHT[rule] ?? 0;
    children.forEach((child, i) => stack.push({ node: child, depth: depth + 1 + weight * i }));
  }
}

/**
 * A Java-style \uXXXX escape: a backslash not itself escaped, one or more u's, four hex digits. Neo4j 5
 * decodes these anywhere in the text before reading it, so one can end a string or a comment early.
 */
const UNICODE_ESCAPE = /(?<!\\)(?:\\\\)*\\u+[0-9a-fA-F]{4}/;

function checkNesting(code: Token[]): void {
  let brackets = 0;
  let cases = 0;
  for (const token of code) {
    if (TOKEN.OPENING.has(token.type)) brackets += 1;
    else if (TOKEN.CLOSING.has(token.type)) brackets -= 1;
    else if (token.type === TOKEN.CASE) cases += 1;
    else if (token.type === TOKEN.END) cases -= 1;
    if (brackets > CYPHER_BOUNDS.maxBrackets)
      throw new CypherRefusal(`the query nests brackets more than ${CYPHER_BOUNDS.maxBrackets} deep`);
    if (cases > CYPHER_BOUNDS.maxCases)
      throw new CypherRefusal(`the query nests CASE expressions more than ${CYPHER_BOUNDS.maxCases} deep`);
  }
}

/**
 * The first of four walls: the statement is parsed with Neo4j's grammar and only read clauses, reading
 * procedures and built-in functions may appear, anywhere in it. The other three: EXPLAIN's query type must
 * be read-only, the query runs in a READ transaction, and the bundled Neo4j loads no CSV and collects no
 * queries. Returns the statement to send (see cypher-canonical.ts).
 */
export function checkStatically(query: string, database: string): string {
  if (query.length > CYPHER_BOUNDS.maxLength)
    throw new CypherRefusal(`the query is longer than ${CYPHER_BOUNDS.maxLength} characters`);
  if (UNICODE_ESCAPE.test(query)) {
    throw new CypherRefusal(
      "\\u escapes are not allowed: Neo4j decodes them before it reads the query, so one can end a string or comment early; type the character itself",
    );
  }
  const lexed = lexCypher(query);
  const code = lexed.tokens.filter(
    (t) => t.channel === Token.DEFAULT_CHANNEL && t.type !== TOKEN.EOF && t.type !== TOKEN.SEMICOLON,
  );
  if (code.length === 0) throw new CypherRefusal("the query is empty");
  if (code.length > CYPHER_BOUNDS.maxTokens)
    throw new CypherRefusal(`the query has more than ${CYPHER_BOUNDS.maxTokens} words and symbols`);
  checkNesting(code);
  let parsed: ParsedCypher;
  try {
    parsed = parseTokens(lexed);
  } catch (error) {
    if (error instanceof CypherSyntaxError) throw new CypherQueryError(`SyntaxError: ${error.message}`);
    if (error instanceof RangeError) throw new CypherRefusal("the query is nested too deeply to read");
    throw error;
  }
  checkTree(parsed, database);
  return canonicalStatement(parsed.tokens);
}

const QUERY_TYPE_NAMES: Record<string, string> = {
  w: "writes",
  rw: "reads and writes",
  s: "changes the schema or administers the server",
};

/** The plan's verdict: Neo4j classifies every statement as r, w, rw or s; only r may run. */
export function checkQueryType(queryType: string | undefined): void {
  if (queryType === "r") return;
  throw new CypherRefusal(
    `Neo4j's plan says this query ${QUERY_TYPE_NAMES[queryType ?? ""] ?? `is of type ${queryType}`}; only read-only queries are allowed`,
  );
}
