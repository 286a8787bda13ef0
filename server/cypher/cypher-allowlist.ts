/**
 * What the console may run, as grammar rules of Neo4j's Cypher parser: read clauses, patterns, expressions
 * and names. A parse-tree node whose rule is not listed here refuses the whole query, so a clause the
 * grammar gains later is refused until someone decides it reads.
 */
export const ALLOWED_RULES: ReadonlySet<string> = new Set([
  // one statement, no console commands, no EXPLAIN/PROFILE/CYPHER options (preparserOption is not here)
  "statementsOrCommands", "statementOrCommand", "preparsedStatement", "statement", "regularQuery", "union", "singleQuery", "clause",
  // MATCH, OPTIONAL MATCH, WHERE, WITH, UNWIND, RETURN, ORDER BY, SKIP, LIMIT, CALL procedure, CALL { }
  "matchClause", "hint", "nonEmptyNameList", "whereClause", "withClause", "unwindClause", "returnClause", "returnBody", "returnItems", "returnItem",
  "orderBy", "orderItem", "ascToken", "descToken", "skip", "limit",
  "callClause", "procedureName", "procedureArgument", "procedureResultItem", "subqueryClause", "subqueryScope",
  // patterns
  "patternList", "pattern", "selector", "nonNegativeIntegerSpecification", "groupToken", "pathToken", "anonymousPattern", "shortestPathPattern",
  "patternElement", "pathPatternNonEmpty", "quantifier", "nodePattern", "parenthesizedPath", "relationshipPattern", "leftArrow", "arrowLine",
  "rightArrow", "pathLength", "properties", "nodeLabels", "nodeLabelsIs", "labelType", "relType", "labelOrRelType", "dynamicExpression",
  "dynamicAnyAllExpression", "dynamicLabelType", "labelExpression", "labelExpression4", "labelExpression3", "labelExpression2", "labelExpression1",
  // expressions, EXISTS/COUNT/COLLECT subqueries included (their clauses are checked like any other)
  "expression", "expression11", "expression10", "expression9", "expression8", "expression7", "comparisonExpression6", "normalForm",
  "expression6", "expression5", "expression4", "expression3", "expression2", "postFix", "property", "dynamicProperty", "expression1",
  "literal", "caseExpression", "caseAlternative", "extendedCaseExpression", "extendedCaseAlternative", "extendedWhen", "listComprehension",
  "patternComprehension", "reduceExpression", "listItemsPredicate", "normalizeFunction", "trimFunction", "patternExpression",
  "shortestPathExpression", "parenthesizedExpression", "mapProjection", "mapProjectionElement", "countStar", "existsExpression",
  "countExpression", "collectExpression", "numberLiteral", "signedIntegerLiteral", "listLiteral", "map", "stringLiteral", "propertyKeyName",
  "parameter", "parameterName", "functionInvocation", "functionArgument", "functionName", "namespace", "variable",
  "type", "typePart", "typeName", "typeNullability", "typeListSuffix",
  // names; preparserKeyword is EXPLAIN/PROFILE/CYPHER used as a name, e.g. `AS profile`
  "symbolicVariableNameString", "escapedSymbolicVariableNameString", "unescapedSymbolicVariableNameString", "symbolicNameString",
  "escapedSymbolicNameString", "unescapedSymbolicNameString", "unescapedSymbolicNameString_", "preparserKeyword",
]);

/** What a refused rule is called in the message the caller gets. */
export const RULE_NAMES: Readonly<Record<string, string>> = {
  createClause: "CREATE",
  insertClause: "INSERT",
  mergeClause: "MERGE",
  setClause: "SET",
  removeClause: "REMOVE",
  deleteClause: "DELETE",
  foreachClause: "FOREACH",
  loadCSVClause: "LOAD CSV",
  useClause: "USE",
  finishClause: "FINISH",
  filterClause: "FILTER",
  letClause: "LET",
  orderBySkipLimitClause: "ORDER BY, SKIP or LIMIT as a clause of its own",
  subqueryInTransactionsParameters: "CALL { } IN TRANSACTIONS",
  preparserOption: "EXPLAIN, PROFILE and CYPHER options",
  consoleCommand: "console commands such as :param",
  when: "WHEN ... THEN conditional queries",
  matchMode: "match modes",
  vectorFunction: "vector()",
};

/** Read-only procedures that read the graph or its schema; anything else (db.stats.*, dbms.*, tx.*, apoc.*) is refused. */
export const ALLOWED_PROCEDURES: readonly string[] = [
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
];

/**
 * Neo4j's built-in functions with a namespace. Functions without one are all built in (user-defined
 * functions always have a namespace), so they are allowed as they are; graph.* only works in USE.
 */
export const ALLOWED_NAMESPACED_FUNCTIONS: readonly string[] = [
  "date.realtime", "date.statement", "date.transaction", "date.truncate",
  "datetime.fromepoch", "datetime.fromepochmillis", "datetime.realtime", "datetime.statement", "datetime.transaction", "datetime.truncate",
  "duration.between", "duration.inDays", "duration.inMonths", "duration.inSeconds",
  "localdatetime.realtime", "localdatetime.statement", "localdatetime.transaction", "localdatetime.truncate",
  "localtime.realtime", "localtime.statement", "localtime.transaction", "localtime.truncate",
  "point.distance", "point.withinBBox",
  "time.realtime", "time.statement", "time.transaction", "time.truncate",
  "vector.similarity.cosine", "vector.similarity.euclidean",
  "db.nameFromElementId",
];
