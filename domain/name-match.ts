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
 * Whether a sentence speaks of the alias and of none of the entity's other names. A shorter name is looked
 * for outside the alias, so for an entity named "Kim" a sentence about "Kim Yo Jong" is the alias's; a
 * longer one that holds the alias in the whole sentence, so for an alias "Kim" one about "Kim Jong Un" is not.
 */
export function namesOnlyAlias(sentence: string, alias: string, otherNames: readonly string[]): boolean {
  const folded = foldName(alias);
  const whole = padded(sentence);
  if (!folded || !whole.includes(` ${folded} `)) return false;
  const rest = whole.split(` ${folded} `).join(" | ");
  return !otherNames.some((n) => {
    const other = foldName(n);
    if (other === "" || other === folded) return false;
    return (` ${other} `.includes(` ${folded} `) ? whole : rest).includes(` ${other} `);
  });
}
