import type { Roles } from "../dictionaries/lexicon";
import type { EntityRef } from "../types";
import type { ParsedMention } from "./entity-typing";
import type { SentenceGraph } from "./sentence-graph";

/** Relations by which a noun's owner hangs on it: "Turkish forces", "Iran's ministry", "forces of Iran". */
const OWNER_RELS = new Set(["amod", "compound", "nmod:poss", "nmod:of", "nmod:from"]);
/** Verbs by which an instrument or a unit belongs to whoever does them: "drones operated by the UAE". */
const OPERATING_LEMMAS = new Set([
  "operate",
  "control",
  "fly",
  "launch",
  "own",
  "run",
  "command",
  "send",
  "deploy",
  "back",
  "fire",
  "lead",
]);
/** "troops loyal to X", "militias allied with X". */
const LOYALTY_LEMMAS = new Set(["loyal", "allied", "affiliated", "aligned", "linked", "close"]);

const TARGET_NOUNS = new Set([
  "target",
  "position",
  "site",
  "area",
  "base",
  "facility",
  "village",
  "town",
  "city",
  "camp",
  "home",
  "infrastructure",
  "neighbourhood",
  "neighborhood",
  "district",
]);
const BLAME_LEMMAS = new Set(["attribute", "blame", "claim", "ascribe"]);
const SEPARATOR = "\u0000";

/**
 * The entities one sentence mentions, indexed by token, and what a token denotes when a verb or a noun
 * takes it as an argument. Built once per sentence; the rules only read it.
 */
export class SentenceEntities {
  private readonly byToken: (ParsedMention | undefined)[];

  constructor(
    readonly graph: SentenceGraph,
    readonly mentions: ParsedMention[],
    private readonly roles: Roles,
    /** Tokens that stand for several entities at once ("both sides"). */
    private readonly plural: Map<number, EntityRef[]> = new Map(),
  ) {
    this.byToken = graph.tokens.map(() => undefined);
    // Longer spans first, so a token inside a phrase belongs to the phrase, not to its inner name.
    for (const m of [...mentions].sort((a, b) => a.tokenEnd - a.tokenStart - (b.tokenEnd - b.tokenStart))) {
      for (let i = m.tokenStart; i < m.tokenEnd; i++) this.byToken[i] = m;
    }
  }

  /** The mention covering a token, if any. */
  at(token: number): ParsedMention | undefined {
    return this.byToken[token];
  }

  isAgentNoun(token: number): boolean {
    const g = this.graph;
    if (!g.isNoun(token) || g.isProperNoun(token)) return false;
    return g.nounIn(token, this.roles.agentNouns) || this.isTitle(token);
  }

  private isTitle(token: number): boolean {
    const lemma = this.graph.lemma(token);
    return this.roles.leaderTitles.has(lemma) || this.roles.memberTitles.has(lemma);
  }

  /** The person a title names: "the US commander in Iraq, General David Petraeus", "Foreign Minister Lavrov". */
  private titledPerson(token: number): EntityRef[] {
    const g = this.graph;
    if (!this.isTitle(token)) return [];
    const linked = [
      ...g.children(token, (r) => r === "appos" || r === "dep" || r === "flat").map((e) => e.token),
      ...g.parents(token, (r) => r === "compound").map((e) => e.token),
    ];
    return dedupe(linked.flatMap((t) => this.named(t)).filter((r) => r.type === "Actor"));
  }

  /** Whose agent a common noun is: "Turkish forces", "forces loyal to Haftar", "drones operated by the UAE". */
  ownerOf(token: number): EntityRef[] {
    const g = this.graph;
    const out: EntityRef[] = [];
    for (const edge of g.children(token)) {
      const lemma = g.lemma(edge.token);
      // "Hamas-led militants": the leader owns them.
      if (edge.rel === "amod" && lemma === "lead") {
        for (const leader of g.children(edge.token, (r) => /^(dep|obl|obl:npmod|compound|nmod|advmod)/.test(r)))
          out.push(...this.named(leader.token));
        continue;
      }
      if (edge.rel === "amod" && LOYALTY_LEMMAS.has(lemma)) {
        for (const to of g.children(edge.token, (r) => r === "obl:to" || r === "obl:with"))
          out.push(...this.named(to.token));
        continue;
      }
      if (OWNER_RELS.has(edge.rel)) {
        // "Vietnamese and Kampuchean forces": both owners, the second through the first's conjunct.
        for (const owner of [edge.token, ...g.children(edge.token, (r) => r.startsWith("conj")).map((e) => e.token)]) {
          const m = this.at(owner);
          if (m) out.push(m.ref);
          else if (!m && this.isAgentNoun(owner)) out.push(...this.ownerOf(owner));
        }
        continue;
      }
      if (edge.rel === "acl" && OPERATING_LEMMAS.has(lemma)) {
        for (const agent of g.children(edge.token, (r) => r === "obl:agent" || r === "obl:by"))
          out.push(...this.named(agent.token));
      }
    }
    return dedupe(out);
  }

  /** Who a deed is laid at: "the attack, attributed to the Houthis", "a strike blamed on Turkey". */
  blamedFor(token: number): EntityRef[] {
    const g = this.graph;
    return g
      .children(token, (r) => r === "acl" || r === "amod")
      .filter((e) => BLAME_LEMMAS.has(g.lemma(e.token)))
      .flatMap((e) =>
        g.children(e.token, (r) => r === "obl:to" || r === "obl:on").flatMap((o) => this.denoted(o.token)),
      );
  }

  /** The entity a token names itself (a mention's head or any token of it), without looking at owners. */
  named(token: number): EntityRef[] {
    const m = this.at(token);
    if (m && m.role === "head") return [m.ref];
    return [];
  }

  /**
   * What a token denotes as an argument: the entity it names; for an agent noun ("forces",
   * "officials", "the ministry"), its owner; for a noun in apposition with a name, that name.
   */
  denoted(token: number, asTarget = false): EntityRef[] {
    const several = this.plural.get(token);
    if (several) return several;
    const person = this.titledPerson(token);
    if (person.length) return person;
    if (this.isAgentNoun(token)) {
      const owners = this.ownerOf(token);
      if (owners.length) return owners;
    }
    const own = this.named(token);
    if (own.length) return own;
    // "Norway's efforts to broker", "Egyptian attempts to mediate": an effort is its owner's doing.
    if (this.graph.isNoun(token) && this.roles.effortNouns.has(this.graph.lemma(token))) {
      const owners = this.graph
        .children(token, (r) => r === "nmod:poss" || r === "amod" || r === "compound")
        .map((e) => this.at(e.token)?.ref)
        .filter((r): r is EntityRef => r !== undefined && r.type !== "Place");
      if (owners.length) return dedupe(owners);
    }
    // "Hamas-led militants", "militias loyal to X": a group with no name of its own stands for whoever leads it.
    if (this.graph.isNoun(token) && this.graph.nounIn(token, this.roles.groupNouns)) {
      const leaders = this.ownerOf(token).filter((r) => r.type !== "Place");
      const marked = this.graph
        .children(token, "amod")
        .some(
          (e) =>
            e.token < token && (this.graph.lemma(e.token) === "lead" || LOYALTY_LEMMAS.has(this.graph.lemma(e.token))),
        );
      if (marked && leaders.length) return leaders;
    }
    // "the militant group Tehreek-e-Taliban Pakistan": the parser often leaves the name of an
    // organisation's common noun as "dep".
    const g = this.graph;
    const organisationNoun =
      g.isNoun(token) &&
      !g.isProperNoun(token) &&
      (this.roles.organisationHeads.has(g.lemma(token)) || g.nounIn(token, this.roles.groupNouns));
    for (const edge of g.children(token, (r) => r === "appos" || (organisationNoun && r === "dep"))) {
      const named = this.named(edge.token);
      if (named.length) return named;
    }
    // "fired at targets in Jericho": a place's targets stand for the place.
    if (asTarget && TARGET_NOUNS.has(this.graph.lemma(token))) {
      const places = this.graph
        .children(token, (r) => r === "nmod:in" || r === "nmod:near")
        .flatMap((e) => this.named(e.token));
      if (places.length) return dedupe(places);
    }
    // "an Islamic State target", "Guyana's sovereignty": a name compounded into, or owning, a common noun stands for it.
    if (this.graph.isNoun(token) && !this.graph.isProperNoun(token)) {
      for (const rel of asTarget ? ["compound", "nmod:poss"] : ["compound"]) {
        const owners = this.graph
          .children(token, rel)
          .flatMap((e) => this.named(e.token))
          .filter((r) => r.type !== "Place");
        if (owners.length) return dedupe(owners);
      }
    }
    return [];
  }
}

export function dedupe(refs: EntityRef[]): EntityRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.type}${SEPARATOR}${r.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
