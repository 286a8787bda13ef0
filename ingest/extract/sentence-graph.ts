import type { AnnotatedSentence, Dependency, Token } from "../nlp";

export interface Edge {
  rel: string;
  /** The other end: the dependent when walking down, the governor when walking up. */
  token: number;
}

/** The base relation without its enhanced++ subtype: "obl:agent" -> "obl", "conj:and" -> "conj". */
export const baseRel = (rel: string): string => rel.split(":")[0];

/** The subtype enhanced++ adds: "obl:on" -> "on", "nmod:poss" -> "poss"; "" when there is none. */
export const relSubtype = (rel: string): string => rel.split(":").slice(1).join(":");

/** Read-only access to one parsed sentence: tokens and the dependency graph, both ways. */
export class SentenceGraph {
  readonly tokens: Token[];
  private readonly down: Edge[][];
  private readonly up: Edge[][];

  constructor(readonly sentence: AnnotatedSentence) {
    this.tokens = sentence.tokens;
    this.down = this.tokens.map(() => []);
    this.up = this.tokens.map(() => []);
    for (const d of sentence.dependencies) this.addEdge(d);
  }

  private addEdge(d: Dependency): void {
    if (d.head < 0 || d.dependent < 0 || d.dependent >= this.tokens.length) return;
    this.down[d.head].push({ rel: d.rel, token: d.dependent });
    this.up[d.dependent].push({ rel: d.rel, token: d.head });
  }

  get length(): number {
    return this.tokens.length;
  }

  lemma(i: number): string {
    return this.tokens[i].lemma.toLowerCase();
  }

  lower(i: number): string {
    return this.tokens[i].text.toLowerCase();
  }

  /** A noun's lemma and, for plurals the lemmatiser left alone ("troops"), its singular too. */
  nounForms(i: number): string[] {
    const lemma = this.lemma(i);
    if (!this.tokens[i].pos.endsWith("S") || !lemma.endsWith("s")) return [lemma];
    return [lemma, lemma.replace(/ies$/, "y").replace(/(?<=[^aeiou]s|x|ch|sh)es$|s$/, "")];
  }

  /** Whether the noun at `i`, alone or with the word before it ("air force"), is in `words`. */
  nounIn(i: number, words: Set<string>): boolean {
    const forms = this.nounForms(i);
    return forms.some((f) => words.has(f) || (i > 0 && words.has(`${this.lemma(i - 1)} ${f}`)));
  }

  pos(i: number): string {
    return this.tokens[i].pos;
  }

  isVerb(i: number): boolean {
    return this.tokens[i].pos.startsWith("VB");
  }

  isNoun(i: number): boolean {
    return this.tokens[i].pos.startsWith("NN");
  }

  isProperNoun(i: number): boolean {
    return this.tokens[i].pos.startsWith("NNP");
  }

  /** Dependents of `i`, optionally only those whose relation passes `rel` (exact, or a test). */
  children(i: number, rel?: string | ((rel: string) => boolean)): Edge[] {
    const edges = this.down[i] ?? [];
    if (rel === undefined) return edges;
    return edges.filter((e) => (typeof rel === "string" ? e.rel === rel : rel(e.rel)));
  }

  /** Governors of `i` (enhanced++ graphs give a token several). */
  parents(i: number, rel?: string | ((rel: string) => boolean)): Edge[] {
    const edges = this.up[i] ?? [];
    if (rel === undefined) return edges;
    return edges.filter((e) => (typeof rel === "string" ? e.rel === rel : rel(e.rel)));
  }

  child(i: number, rel: string | ((rel: string) => boolean)): number | undefined {
    return this.children(i, rel)[0]?.token;
  }

  /** Whether `i` has a dependent of this relation whose lemma is in `lemmas`. */
  hasChildLemma(i: number, rel: (rel: string) => boolean, lemmas: Set<string>): boolean {
    return this.children(i, rel).some((e) => lemmas.has(this.lemma(e.token)));
  }

  /** The case marker (preposition) of a nominal: "on" in "attack on Gaza" for the token "Gaza". */
  caseOf(i: number): string | undefined {
    const marker = this.children(i, (r) => r === "case").map((e) => this.lower(e.token));
    return marker.length ? marker.join(" ") : undefined;
  }

  /** The primary governor: the one the basic tree would give (the first non-enhanced edge). */
  head(i: number): Edge | undefined {
    const ups = this.up[i] ?? [];
    return (
      ups.find((e) => !/^(conj|ref)/.test(e.rel) && !e.rel.endsWith(":xsubj") && !e.rel.includes(":relsubj")) ?? ups[0]
    );
  }

  /** Every token below `i` in the tree of primary heads (i included), in sentence order. */
  subtree(i: number): number[] {
    const out = new Set<number>([i]);
    const stack = [i];
    while (stack.length) {
      const t = stack.pop()!;
      for (const e of this.down[t] ?? []) {
        if (out.has(e.token) || this.head(e.token)?.token !== t) continue;
        out.add(e.token);
        stack.push(e.token);
      }
    }
    return [...out].sort((a, b) => a - b);
  }

  /** Character offsets, relative to the sentence, of a token span. */
  span(start: number, end: number): { start: number; end: number } {
    const base = this.sentence.start;
    return { start: this.tokens[start].start - base, end: this.tokens[end - 1].end - base };
  }

  /** The article text of a token span. */
  textOf(start: number, end: number): string {
    const { start: s, end: e } = this.span(start, end);
    return this.sentence.text.slice(s, e);
  }

  /** The token covering a character offset relative to the sentence. */
  tokenAt(offset: number): number | undefined {
    const absolute = offset + this.sentence.start;
    const i = this.tokens.findIndex((t) => t.start <= absolute && absolute < t.end);
    return i >= 0 ? i : undefined;
  }
}
