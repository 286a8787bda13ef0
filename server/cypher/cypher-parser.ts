import { CharStreams, CommonTokenStream, ParserRuleContext, ParseTree, TerminalNode, Token } from "antlr4";
import { CypherLexer, CypherParser } from "@neo4j-cypher/language-support";

/**
 * Neo4j's own Cypher grammar (the ANTLR grammar Neo4j publishes with its language support), as a parse
 * tree the guard walks. The lexer is the grammar's own: comments end at `\r` as well as `\n`, and U+001C to
 * U+001F, NBSP and the Unicode spaces are whitespace, as they are for Neo4j.
 */
export interface ParsedCypher {
  tree: ParserRuleContext;
  /** Every token, whitespace and comments included (they are on a hidden channel). */
  tokens: Token[];
  ruleNames: readonly string[];
}

export class CypherSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = "CypherSyntaxError";
  }
}

export const TOKEN = {
  SPACE: CypherLexer.SPACE,
  SINGLE_LINE_COMMENT: CypherLexer.SINGLE_LINE_COMMENT,
  MULTI_LINE_COMMENT: CypherLexer.MULTI_LINE_COMMENT,
  STRING_LITERAL1: CypherLexer.STRING_LITERAL1,
  STRING_LITERAL2: CypherLexer.STRING_LITERAL2,
  ESCAPED_SYMBOLIC_NAME: CypherLexer.ESCAPED_SYMBOLIC_NAME,
  SEMICOLON: CypherLexer.SEMICOLON,
  EOF: Token.EOF,
  CASE: CypherLexer.CASE,
  END: CypherLexer.END,
  OPENING: new Set([CypherLexer.LPAREN, CypherLexer.LBRACKET, CypherLexer.LCURLY]),
  CLOSING: new Set([CypherLexer.RPAREN, CypherLexer.RBRACKET, CypherLexer.RCURLY]),
} as const;

function describe(token: Token | null | undefined): string {
  if (!token || token.type === Token.EOF) return "the query ends too early";
  return `Invalid input '${token.text.length > 40 ? `${token.text.slice(0, 40)}…` : token.text}'`;
}

/**
 * Collects the first syntax error. ANTLR's own message lists every token it expected (hundreds of
 * keywords); the caller gets the offending input and its position instead.
 */
class FirstError {
  error: CypherSyntaxError | undefined;

  syntaxError(_recognizer: unknown, offending: Token | null, line: number, column: number, message: string): void {
    if (this.error) return;
    const what = offending ? describe(offending) : `Invalid input: ${message.split(" expecting")[0]}`;
    this.error = new CypherSyntaxError(`${what} (line ${line}, column ${column + 1})`, line, column + 1);
  }

  reportAmbiguity(): void {}
  reportAttemptingFullContext(): void {}
  reportContextSensitivity(): void {}
}

/** Lexes the whole text first (linear, no recursion), so nesting can be checked before the parser recurses. */
export function lexCypher(text: string): { stream: CommonTokenStream; tokens: Token[]; errors: FirstError } {
  const errors = new FirstError();
  const lexer = new CypherLexer(CharStreams.fromString(text));
  lexer.removeErrorListeners();
  lexer.addErrorListener(errors as never);
  const stream = new CommonTokenStream(lexer);
  stream.fill();
  return { stream, tokens: stream.tokens, errors };
}

/** Parses a lexed text; throws CypherSyntaxError on the first error. */
export function parseTokens(lexed: ReturnType<typeof lexCypher>): ParsedCypher {
  if (lexed.errors.error) throw lexed.errors.error;
  const parser = new CypherParser(lexed.stream);
  parser.removeErrorListeners();
  parser.addErrorListener(lexed.errors as never);
  const tree = parser.statementsOrCommands();
  if (lexed.errors.error) throw lexed.errors.error;
  return { tree, tokens: lexed.tokens, ruleNames: CypherParser.ruleNames };
}

/** A rule node of the tree; antlr4's typings leave out the rule index every rule context has. */
export type RuleNode = ParserRuleContext & { ruleIndex: number };

export function isRule(node: ParseTree): node is RuleNode {
  return typeof (node as Partial<RuleNode>).ruleIndex === "number";
}

export function terminalSymbol(node: ParseTree): Token | undefined {
  return (node as TerminalNode).symbol ?? undefined;
}

export function childrenOf(node: ParseTree): ParseTree[] {
  return (isRule(node) ? node.children : undefined) ?? [];
}
