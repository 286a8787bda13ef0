/** Characters with a meaning in Lucene's query syntax; user input must never reach the parser as syntax. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * Words of the user's input as the standard analyzer indexes them: lower-case runs of letters and digits.
 * Prefix and fuzzy terms bypass the analyzer, so they must already look like indexed tokens.
 */
export function searchTerms(input: string): string[] {
  return input
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 10);
}

/** Edit distance a fuzzy term tolerates: none for very short words (too many false hits), else 1, or 2 from 6 letters. */
function fuzziness(term: string): number {
  if (term.length < 4) return 0;
  return term.length < 6 ? 1 : 2;
}

/**
 * Builds a ranked, typo-tolerant query for autocomplete: every word must match, exactly (boosted), as a
 * prefix (the user is still typing) or within a small edit distance (a typo).
 */
export function buildLuceneQuery(input: string): string | undefined {
  const terms = searchTerms(input);
  if (terms.length === 0) return undefined;
  const clauses = terms.map((term) => {
    const escaped = escapeLucene(term);
    const options = [`${escaped}^4`, `${escaped}*^2`];
    const distance = fuzziness(term);
    if (distance > 0) options.push(`${escaped}~${distance}`);
    return `(${options.join(" OR ")})`;
  });
  return clauses.join(" AND ");
}
