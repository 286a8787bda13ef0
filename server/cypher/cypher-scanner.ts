/**
 * Splits a Cypher text into what the parser will read as code, with string literals and comments blanked
 * out and backtick-quoted names reduced to plain words. The guard looks for keywords in this code only, so
 * `WHERE n.name = 'CREATE'` passes while `/* harmless *\/ CREATE (n)` is still seen. The code keeps the
 * input's length, so positions found in it (a ';') hold in the query.
 */
export interface ScannedCypher {
  /** The code with literals and comments replaced by spaces (same length as the input). */
  code: string;
  /** Whether the scanner ended inside a string or comment (the query would not parse). */
  unterminated: boolean;
}

export function scanCypher(text: string): ScannedCypher {
  let code = "";
  let i = 0;
  const blank = (s: string) => s.replace(/[^\n]/g, " ");
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === "/" && next === "/") {
      const end = text.indexOf("\n", i);
      const stop = end === -1 ? text.length : end;
      code += blank(text.slice(i, stop));
      i = stop;
    } else if (c === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      if (end === -1) return { code: code + blank(text.slice(i)), unterminated: true };
      code += blank(text.slice(i, end + 2));
      i = end + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === "\\" ? 2 : 1;
      if (j >= text.length) return { code: code + blank(text.slice(i)), unterminated: true };
      code += `${c}${blank(text.slice(i + 1, j))}${c}`;
      i = j + 1;
    } else if (c === "`") {
      let j = i + 1;
      while (j < text.length && !(text[j] === "`" && text[j + 1] !== "`")) j += text[j] === "`" ? 2 : 1;
      if (j >= text.length) return { code: code + blank(text.slice(i)), unterminated: true };
      code += `${text.slice(i + 1, j).replace(/\W/g, "_")}  `;
      i = j + 1;
    } else {
      code += c;
      i += 1;
    }
  }
  return { code, unterminated: false };
}
