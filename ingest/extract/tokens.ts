/** A word or punctuation mark of a sentence, with offsets relative to the sentence. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-.&'’][\p{L}\p{N}]+)*|\S/gu;

/** Words keep inner hyphens and periods ("cross-border", "U.S"); "’s" after a word is its own token. */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const m of sentence.matchAll(TOKEN)) {
    let text = m[0];
    let start = m.index ?? 0;
    const possessive = /^(.+?)(['’]s)$/i.exec(text);
    if (possessive && possessive[1].length > 0) {
      tokens.push({ text: possessive[1], lower: possessive[1].toLowerCase(), start, end: start + possessive[1].length });
      start += possessive[1].length;
      text = possessive[2];
    }
    tokens.push({ text, lower: text.toLowerCase().replace("’", "'"), start, end: start + text.length });
  }
  return tokens;
}
