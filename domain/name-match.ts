/*
 * Names compared as an analyst reads them: without accents, case or punctuation. A split decision
 * (domain/decisions.ts) moves what is written with its alias; the graph (storage/decisions) and the ingest
 * (ingest/resolve/decisions.ts) decide that with these same functions, so both move the same things.
 */

/** "Mohammed bin-Salman’s" -> "mohammed bin salman s": lower case, no accents, words split by single spaces. */
export function foldName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function sameName(a: string, b: string): boolean {
  return foldName(a) === foldName(b);
}

/** The folded text padded with spaces, so a name matches whole words only. */
const padded = (text: string) => ` ${foldName(text)} `;

/** Whether the sentence names it: its words, in order, as whole words. */
export function mentionsName(sentence: string, name: string): boolean {
  const folded = foldName(name);
  return folded !== "" && padded(sentence).includes(` ${folded} `);
}

/**
 * Whether a sentence speaks of the alias and of none of the entity's other names. Those are looked for
 * outside the alias, so an entity named "Kim" still counts a sentence about "Kim Yo Jong" as the alias's.
 */
export function namesOnlyAlias(sentence: string, alias: string, otherNames: readonly string[]): boolean {
  const folded = foldName(alias);
  if (!folded || !padded(sentence).includes(` ${folded} `)) return false;
  const rest = padded(sentence).split(` ${folded} `).join(" | ");
  return !otherNames.some((n) => {
    const other = foldName(n);
    return other !== "" && other !== folded && rest.includes(` ${other} `);
  });
}
