import { Token } from "antlr4";
import { CypherRefusal } from "./cypher-errors";
import { TOKEN } from "./cypher-parser";

/*
 * The statement Neo4j gets is rebuilt from the tokens the guard checked, so Neo4j cannot read it
 * differently: comments and whitespace become plain spaces (newlines kept, so positions in Neo4j's
 * messages still point at the caller's text), and string literals are re-encoded without \u escapes.
 * Neo4j 5 decodes \uXXXX anywhere in the text before it reads it, the way Java source is read, so
 * 'a\u0027 ... //' would end a string early and make code of what the guard saw as a string.
 */

const SIMPLE_ESCAPES: Record<string, string> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  t: "\t",
  b: "\b",
  n: "\n",
  r: "\r",
  f: "\f",
};

function decodeString(literal: string): string {
  const body = literal.slice(1, -1);
  let value = "";
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (c !== "\\") {
      value += c;
      continue;
    }
    const e = body[i + 1];
    if (e in SIMPLE_ESCAPES) {
      value += SIMPLE_ESCAPES[e];
      i += 1;
    } else if (
      (e === "u" && /^[0-9a-fA-F]{4}$/.test(body.slice(i + 2, i + 6))) ||
      (e === "U" && /^[0-9a-fA-F]{8}$/.test(body.slice(i + 2, i + 10)))
    ) {
      const digits = e === "u" ? 4 : 8;
      const code = parseInt(body.slice(i + 2, i + 2 + digits), 16);
      if (code > 0x10ffff)
        throw new CypherRefusal(
          `the string literal has an escape beyond Unicode: \\${body.slice(i + 1, i + 2 + digits)}`,
        );
      value += String.fromCodePoint(code);
      i += 1 + digits;
    } else {
      throw new CypherRefusal(`the string literal has an escape Cypher does not define: \\${e ?? ""}`);
    }
  }
  return value;
}

/** The same string in the same quotes, only the backslash and that quote escaped; never longer than the original. */
function encodeString(value: string, quote: string): string {
  return `${quote}${value.replace(/\\/g, "\\\\").replace(new RegExp(quote, "g"), `\\${quote}`)}${quote}`;
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, " ");
}

function canonicalToken(token: Token): string {
  const text = token.text;
  if (
    token.type === TOKEN.SPACE ||
    token.type === TOKEN.SINGLE_LINE_COMMENT ||
    token.type === TOKEN.MULTI_LINE_COMMENT ||
    token.type === TOKEN.SEMICOLON
  ) {
    return blank(text);
  }
  if (token.type === TOKEN.STRING_LITERAL1 || token.type === TOKEN.STRING_LITERAL2) {
    const encoded = encodeString(decodeString(text), text[0]);
    return encoded.padEnd(text.length, " ");
  }
  if (text.includes("\\"))
    throw new CypherRefusal(
      `a backslash outside a string literal (${text.slice(0, 40)}): Neo4j would read it as a \\u escape`,
    );
  return text;
}

/** The statement as Neo4j should run it, from every token of a checked single statement. */
export function canonicalStatement(tokens: Token[]): string {
  return tokens
    .filter((t) => t.type !== TOKEN.EOF)
    .map(canonicalToken)
    .join("");
}
