import type { Dictionary, Surface } from "../dictionaries/dictionary";
import type { Roles } from "../dictionaries/lexicon";
import { knownOutlet } from "../dictionaries/outlets";
import type { EntityMention, EntityRef } from "../types";
import { initials } from "../resolve/names";
import type { Candidate } from "./mentions";
import type { SentenceGraph } from "./sentence-graph";

/** An entity mention with the tokens it spans: what the relation rules read. */
export interface ParsedMention extends EntityMention {
  tokenStart: number;
  tokenEnd: number;
  /** The token the dependency relations of the mention attach to. */
  head: number;
}

/**
 * What the whole article says about its names, gathered before any sentence is typed: NER is not
 * consistent from one sentence to the next ("Haftar" a person four times, a place once), and a
 * surname or an acronym is only understood from a fuller mention elsewhere in the article.
 */
export interface ArticleNames {
  /** Normalised name -> how often NER gave it each type. */
  votes: Map<string, Map<string, number>>;
  /** Every person's name of two words or more ("Khalifa Haftar"), for shorter mentions of them. */
  people: Set<string>;
  /** First word of an organisation named with a head noun ("Wagner" -> "Wagner group"). */
  organisationWords: Map<string, string>;
  /** Acronym -> the name it abbreviates, from "Government of National Accord (GNA)". */
  acronyms: Map<string, string>;
}

export interface TypingContext {
  dictionary: Dictionary;
  surfaces: SurfaceIndex;
  roles: Roles;
  names: ArticleNames;
}

/** The dictionary's surface forms by exact text, and by lower case for names written in capitals ("SEOUL"). */
export interface SurfaceIndex {
  exact: Map<string, Surface>;
  lower: Map<string, Surface>;
}

export function surfaceIndex(dictionary: Dictionary): SurfaceIndex {
  const exact = new Map<string, Surface>();
  const lower = new Map<string, Surface>();
  for (const s of dictionary.surfaces) {
    if (!exact.has(s.text) || s.form === "name") exact.set(s.text, s);
    if (s.form !== "demonym" && s.text.length > 3 && !lower.has(s.text.toLowerCase()))
      lower.set(s.text.toLowerCase(), s);
  }
  return { exact, lower };
}

const normal = (text: string): string =>
  text
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/^the\s+/, "")
    .trim();

export function cleanPersonName(text: string, roles: Roles): string {
  let name = text
    .trim()
    .replace(/['’]s$/, "")
    .replace(/[,.;:]+$/, "");
  for (let changed = true; changed;) {
    changed = false;
    for (const h of roles.honorifics) {
      if (name.startsWith(h + " ") && name.length > h.length + 1) {
        name = name.slice(h.length + 1);
        changed = true;
      }
    }
  }
  return name;
}

const cleanGroupName = (text: string): string =>
  text
    .trim()
    .replace(/^(the|The)\s+/, "")
    .replace(/['’]s$/, "");

/** Gathers the article-wide facts about names from every sentence's candidates. */
export function articleNames(
  sentences: { graph: SentenceGraph; candidates: Candidate[] }[],
  roles: Roles,
): ArticleNames {
  const names: ArticleNames = {
    votes: new Map(),
    people: new Set(),
    organisationWords: new Map(),
    acronyms: new Map(),
  };
  for (const { graph, candidates } of sentences) {
    for (const c of candidates) {
      if (c.ner && !c.surface) {
        const key = normal(c.text);
        const votes = names.votes.get(key) ?? new Map<string, number>();
        votes.set(c.ner, (votes.get(c.ner) ?? 0) + 1);
        names.votes.set(key, votes);
      }
      if (c.ner === "PERSON" && !c.surface) {
        const full = cleanPersonName(c.text, roles);
        if (/\s/.test(full)) names.people.add(full);
      }
      if (c.source === "organisation" && c.inner && c.inner.end - c.inner.start === 1)
        names.organisationWords.set(c.inner.text, cleanGroupName(c.text));
      // "Government of National Accord (GNA)", "National Liberation Army (ELN)": an acronym in brackets
      // after an organisation's name is that organisation, whatever language its initials come from.
      const organisation = c.ner === "ORGANIZATION" || c.source === "organisation";
      if (c.end + 2 < graph.length && graph.tokens[c.end].text === "(" && graph.tokens[c.end + 2].text === ")") {
        const acronym = graph.tokens[c.end + 1].text;
        if (/^[\p{Lu}]{2,6}$/u.test(acronym) && (organisation || initials(c.text).includes(acronym)))
          names.acronyms.set(acronym, cleanGroupName(c.text));
      }
    }
  }
  return names;
}

/**
 * The one fuller name of the article a shorter one stands for: "Haftar" and "Lula" for "Luiz Inacio
 * Lula da Silva"-like names containing the word, "Khawaja Asif" for "Khawaja Muhammad Asif".
 */
export function fullerName(name: string, people: Set<string>): string | undefined {
  const words = name.split(/\s+/);
  const matches = [...people].filter((full) => {
    if (full === name) return false;
    const parts = full.split(/\s+/);
    if (words.length === 1) return name.length >= 3 && parts.includes(name);
    return (
      parts.length > words.length &&
      (full.endsWith(" " + name) || (parts[0] === words[0] && parts[parts.length - 1] === words[words.length - 1]))
    );
  });
  const longest = new Set(matches.filter((m) => !matches.some((o) => o !== m && o.includes(m))));
  return longest.size === 1 ? [...longest][0] : undefined;
}

function majority(votes: Map<string, number> | undefined): string | undefined {
  if (!votes) return undefined;
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function mention(
  g: SentenceGraph,
  c: Candidate,
  ref: EntityRef,
  role: "head" | "modifier" = "head",
  head = c.head,
): ParsedMention {
  const { start, end } = g.span(c.start, c.end);
  return { start, end, surface: c.text, ref, role, tokenStart: c.start, tokenEnd: c.end, head };
}

/** The kind an organisation's head noun gives it ("militia", "political party"), reading from its end. */
function kindOf(g: SentenceGraph, c: Candidate, roles: Roles): string | undefined {
  if (c.headNoun && roles.organisationHeads.has(c.headNoun)) return roles.organisationHeads.get(c.headNoun);
  for (let i = c.end - 1; i >= c.start; i--) {
    const kind = roles.organisationHeads.get(g.lemma(i)) ?? roles.organisationHeads.get(g.lower(i));
    if (kind) return kind;
  }
  return undefined;
}

/** The state a token names, through the dictionary: "Qatar", "Qatari", "Doha". */
function stateAt(g: SentenceGraph, i: number, ctx: TypingContext): EntityRef | undefined {
  const surface = ctx.surfaces.exact.get(g.tokens[i].text);
  return surface?.ref.type === "State" ? surface.ref : undefined;
}

/**
 * "Ministry of Foreign Affairs of Qatar", "Indian Air Force", "Turkish Armed Forces": an organ of a
 * state is that state. Any other capitalised word ("Libyan National Army", "Free Syrian Army")
 * makes it a body of its own.
 */
function stateOrgan(g: SentenceGraph, c: Candidate, ctx: TypingContext): EntityRef | undefined {
  const { roles } = ctx;
  const head = g.lemma(c.head);
  const two = c.head > c.start ? `${g.lemma(c.head - 1)} ${head}` : "";
  if (!roles.stateOrganNouns.has(head) && !roles.stateOrganNouns.has(two)) return undefined;
  let state: EntityRef | undefined;
  for (let i = c.start; i < c.end; i++) {
    const here = stateAt(g, i, ctx);
    if (here) {
      state ??= here;
      continue;
    }
    if (!roles.organPortfolioWords.has(g.lower(i)) && !roles.stateOrganNouns.has(g.lemma(i)) && i !== c.head)
      return undefined;
  }
  if (!state) {
    const owner = g
      .children(c.head, (r) => r === "nmod:of" || r === "nmod:poss")
      .find((e) => e.token < c.start || e.token >= c.end);
    state = owner ? stateAt(g, owner.token, ctx) : undefined;
  }
  return state;
}

function typeDictionary(g: SentenceGraph, c: Candidate): ParsedMention {
  const surface = c.surface!;
  const pos = g.pos(c.head);
  if (surface.form === "demonym") return mention(g, c, surface.ref, /^NNP?S$/.test(pos) ? "head" : "modifier");
  // "Palestinians", "Iraqis" are people; "the Iranians" at a negotiating table are their state.
  if (surface.form === "people" && !g.children(c.head, "det").length)
    return mention(g, c, { name: c.text, type: "Group", kind: "people" });
  return mention(g, c, surface.ref, pos === "JJ" ? "modifier" : "head");
}

function typePerson(g: SentenceGraph, c: Candidate, ctx: TypingContext): ParsedMention | undefined {
  const { names, roles, dictionary } = ctx;
  let name = cleanPersonName(c.text, roles);
  const fuller = fullerName(name, names.people);
  const organisation = names.organisationWords.get(c.text);
  if (!fuller && organisation)
    return mention(g, c, { name: organisation, type: "Group", kind: kindOf(g, c, roles) ?? "group" });
  if (fuller) name = fuller;
  if (!/[\p{Lu}]/u.test(name)) return undefined;
  const known = dictionary.byName.get(name);
  return mention(g, c, known?.type === "Actor" ? known : { name, type: "Actor" });
}

/**
 * "Afghan Taliban", "Lebanese Hezbollah", "Hezbollah guerrillas", "Hamas fighters": a known group with its
 * country in front of it, or the word for its members after it, is that group.
 */
function knownGroupWithinName(g: SentenceGraph, c: Candidate, ctx: TypingContext): EntityRef | undefined {
  let first = c.start;
  while (first < c.end - 1 && (stateAt(g, first, ctx) || g.lower(first) === "the")) first++;
  let last = c.end;
  while (last - 1 > first && (g.nounIn(last - 1, ctx.roles.groupNouns) || g.nounIn(last - 1, ctx.roles.agentNouns)))
    last--;
  if (first === c.start && last === c.end) return undefined;
  const rest = ctx.surfaces.exact.get(g.textOf(first, last));
  return rest?.ref.type === "Group" ? rest.ref : undefined;
}

function typeOrganisation(g: SentenceGraph, c: Candidate, ctx: TypingContext): ParsedMention | undefined {
  // "Secretary of State", "Ministry of Defence": the portfolio of a title, not a body.
  const portfolioOnly = [...Array(c.end - c.start).keys()].every((k) =>
    ctx.roles.organPortfolioWords.has(g.lower(c.start + k)),
  );
  if (
    portfolioOnly &&
    g
      .parents(c.head, "nmod:of")
      .some((e) => ctx.roles.leaderTitles.has(g.lemma(e.token)) || ctx.roles.memberTitles.has(g.lemma(e.token)))
  )
    return undefined;
  const organ = stateOrgan(g, c, ctx);
  if (organ) return mention(g, c, organ);
  const known = knownGroupWithinName(g, c, ctx);
  if (known) return mention(g, c, known);
  const name = cleanGroupName(c.text);
  const expanded = ctx.names.acronyms.get(name);
  if (expanded) return mention(g, c, { name: expanded, type: "Group" });
  const outlet = knownOutlet(name);
  if (outlet) return mention(g, c, { name: outlet, type: "Group", kind: "media" });
  return mention(g, c, { name, type: "Group", kind: kindOf(g, c, ctx.roles) });
}

/** "Turkish forces" act for Turkey; "Iraqi militias" are a group of their own; "Hamas fighters" are Hamas. */
/** What only a state has, besides its organs: "Ithilen villages", "Arnor officials". Titles are left out: "Middle East adviser". */
const STATE_OWNED = new Set(["official", "village", "town", "city", "citizen", "diplomat"]);

function typePhrase(g: SentenceGraph, c: Candidate, ctx: TypingContext): ParsedMention | undefined {
  const inner = typeCandidate(g, c.inner!, ctx);
  const head = g.tokens[c.end - 1].index;
  // "The Calenardhon government", "Osgiliath soldiers": a proper name no dictionary knows, owning what acts
  // for a state, is a state; places do not act.
  const unknownName = !inner || (inner.ref.type === "Place" && !c.inner!.surface);
  const stateLike = ctx.roles.stateOrganNouns.has(c.headNoun!) || STATE_OWNED.has(c.headNoun!);
  if (unknownName && stateLike && g.isProperNoun(c.inner!.head)) {
    return mention(g, c, { name: c.inner!.text.replace(/['’]s$/, ""), type: "State" }, "head", head);
  }
  if (!inner) return undefined;
  // "Haftar's militias" and "Haftar forces" act for Haftar.
  if (inner.ref.type === "Actor") return mention(g, c, inner.ref, "head", head);
  if (ctx.roles.groupNouns.has(c.headNoun!) && inner.ref.type !== "Group") {
    const name = g.textOf(c.start, c.end - 1).replace(/['’]s$/, "");
    return mention(
      g,
      c,
      { name: `${name} ${g.textOf(c.end - 1, c.end)}`, type: "Group", kind: "armed group" },
      "head",
      head,
    );
  }
  return mention(g, c, inner.ref, "head", head);
}

/** Decides what a candidate names, or that it names nothing the graph keeps. */
export function typeCandidate(g: SentenceGraph, c: Candidate, ctx: TypingContext): ParsedMention | undefined {
  if (c.source === "phrase") return typePhrase(g, c, ctx);
  if (c.surface && c.source === "dictionary") return typeDictionary(g, c);
  if (c.source === "organisation") return typeOrganisation(g, c, ctx);
  const acronym = ctx.names.acronyms.get(c.text);
  if (acronym) return mention(g, c, { name: acronym, type: "Group" });
  // Datelines in capitals: "SEOUL (Reuters) -", "SAO PAULO, Dec 9".
  const shouting = c.text === c.text.toUpperCase() && /\p{Lu}{3}/u.test(c.text);
  const capitalised = shouting ? ctx.surfaces.lower.get(c.text.toLowerCase()) : undefined;
  if (capitalised) return mention(g, c, capitalised.ref);
  if (shouting && c.start === 0 && c.end < g.length && /^[(,–—-]$/.test(g.tokens[c.end].text))
    return mention(g, c, { name: c.text, type: "Place" });
  const outlet = knownOutlet(c.text);
  if (outlet) return mention(g, c, { name: outlet, type: "Group", kind: "media" });
  // "Petro's campaign" tagged a place once is still the Gustavo Petro of the rest of the article.
  if (c.ner !== "ORGANIZATION" && fullerName(cleanPersonName(c.text, ctx.roles), ctx.names.people))
    return typePerson(g, c, ctx);
  const type = majority(ctx.names.votes.get(normal(c.text))) ?? c.ner;
  switch (type) {
    case "PERSON":
      return typePerson(g, c, ctx);
    case "ORGANIZATION":
      return typeOrganisation(g, c, ctx);
    case "LOCATION":
      return mention(g, c, { name: cleanGroupName(c.text), type: "Place" });
    default:
      return undefined;
  }
}

export function typeSentence(g: SentenceGraph, candidates: Candidate[], ctx: TypingContext): ParsedMention[] {
  return candidates.map((c) => typeCandidate(g, c, ctx)).filter((m): m is ParsedMention => m !== undefined);
}
