import type { SentenceGraph } from "./sentence-graph";

const isSubject = (r: string): boolean => r === "nsubj" || r === "nsubj:xsubj";

/** Whether the verb at `p` is passive: "was attacked", "a camp attacked by militiamen". */
export function isPassive(g: SentenceGraph, p: number): boolean {
  if (g.children(p, (r) => r === "nsubj:pass" || r === "aux:pass").length) return true;
  return g.pos(p) === "VBN" && g.parents(p, (r) => r === "acl").length > 0;
}

/** The noun a participle modifies ("militants attacking", "a camp attacked by"), as its argument. */
export const modifiedNoun = (g: SentenceGraph, p: number): number[] =>
  g.parents(p, (r) => r === "acl" || r === "acl:relcl").map((e) => e.token);

/** Clause links through which a verb without a subject of its own takes its governor's: "arrived to negotiate", "met and agreed". */
const CONTROLLED = /^(xcomp|advcl|conj)/;

export function agentTokens(g: SentenceGraph, p: number, passive: boolean): number[] {
  if (passive) return g.children(p, (r) => r === "obl:agent" || r === "obl:by").map((e) => e.token);
  for (let verb = p, depth = 0; depth < 3; depth++) {
    const subjects = g.children(verb, isSubject).map((e) => e.token);
    if (subjects.length) return subjects;
    if (g.pos(verb) === "VBG" && g.parents(verb, (r) => r === "acl" || r === "acl:relcl").length) {
      return freeAdjunct(g, verb) ? mainClauseAgents(g, verb) : modifiedNoun(g, verb);
    }
    const up = g.head(verb);
    if (up && up.rel === "dep" && g.isVerb(up.token) && freeAdjunct(g, verb)) {
      verb = up.token;
      continue;
    }
    if (!up || up.token < 0 || (!CONTROLLED.test(up.rel) && up.rel !== "acl" && !up.rel.startsWith("acl:"))) return [];
    // "took the step of escalating the war by bombing X": the doer of the noun's clause.
    if (!g.isVerb(up.token))
      return up.rel.startsWith("acl") && up.rel !== "acl:relcl" ? clauseSubjects(g, up.token) : [];
    verb = up.token;
  }
  return [];
}

/**
 * ", accusing X of ...", ", saying ...": a participle set off by a comma is said of the sentence's
 * subject; the parser often hangs it on the nearest common noun instead ("tests, accusing").
 */
function freeAdjunct(g: SentenceGraph, verb: number): boolean {
  return (
    verb > 0 &&
    g.tokens[verb - 1].text === "," &&
    modifiedNoun(g, verb).every((n) => !g.isProperNoun(n) && !/^(PRP|NNPS?)$/.test(g.pos(n)))
  );
}

function mainClauseAgents(g: SentenceGraph, verb: number): number[] {
  const root = g.tokens.map((t) => t.index).find((t) => t !== verb && g.isVerb(t) && g.parents(t).length === 0);
  return root === undefined ? modifiedNoun(g, verb) : agentTokens(g, root, isPassive(g, root));
}

/**
 * The doer of the clause a noun stands in: "Turkey has stepped up strikes since a summit with Iran"
 * makes Turkey a party to the summit.
 */
export function clauseSubjects(g: SentenceGraph, token: number): number[] {
  let current = token;
  for (let depth = 0; depth < 4; depth++) {
    const up = g.head(current);
    if (!up || up.token < 0) return [];
    if (g.isVerb(up.token)) return agentTokens(g, up.token, isPassive(g, up.token));
    current = up.token;
  }
  return [];
}
