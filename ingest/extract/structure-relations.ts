import type { RelationType } from "../../domain";
import { isBackingParticiple } from "./coreference";
import type { EntityRef, FoundRelation } from "../types";
import type { ParsedMention } from "./entity-typing";
import { pairs, RuleContext, SentenceInput } from "./rule-context";

/** Participles that make their modifier a backer: "Iran-backed", "Russian-supported", "Saudi-funded". */
const BACKING_SUFFIX =
  /^(.+)-(backed|supported|sponsored|armed|funded|financed|trained|equipped|aligned|allied|affiliated|bankrolled)$/i;
const JUNIOR = new Set(["deputy", "vice", "assistant", "acting", "former", "ex"]);
const PORTFOLIO = new Set([
  "mideast",
  "middle",
  "east",
  "nuclear",
  "foreign",
  "security",
  "intelligence",
  "policy",
  "diplomatic",
  "spy",
  "negotiating",
  "regional",
  "affairs",
  "economic",
  "political",
  "media",
  "press",
  "military",
  "defence",
  "defense",
  "asia",
  "africa",
  "europe",
]);
const UNIT_HEADS = new Set([
  "commander",
  "chief",
  "head",
  "director",
  "chairman",
  "chairwoman",
  "chairperson",
  "governor",
  "mayor",
]);
/** Verbs that say what their subject is, as a copula does: "has become a member of". */
const LINKING_VERBS = new Set(["become", "remain", "stay"]);
const PART_WORDS = new Set([
  "wing",
  "unit",
  "arm",
  "branch",
  "division",
  "part",
  "faction",
  "affiliate",
  "subsidiary",
  "component",
  "section",
  "brigade",
  "member",
]);
/** Group kinds that belong to the state that owns them: "Iran's Revolutionary Guards", "Israel's Mossad". */
const STATE_BODY_KINDS = /^(military|government body|agency|media|intelligence)$/;
const TITLE_RELS = new Set(["compound", "amod", "appos", "dep", "flat"]);
const OWNER_RELS = new Set(["amod", "compound", "nmod:poss", "nmod:of", "nmod:for"]);

/** A backer named in front of a participle, as its own token or inside it ("UN-backed" stays one token). */
function backerOf(s: SentenceInput, modifier: number, ctx: RuleContext): EntityRef | undefined {
  const g = s.graph;
  if (isBackingParticiple(g, modifier, ctx.lexicon.roles)) {
    for (const e of g.children(modifier, (r) => /^(obl|obl:npmod|compound|nmod|dep|advmod|nsubj)/.test(r))) {
      const m = s.entities.at(e.token);
      if (m && m.ref.type !== "Place") return m.ref;
    }
  }
  const inside = BACKING_SUFFIX.exec(g.tokens[modifier].text);
  const pro = /^pro-(.+)$/i.exec(g.tokens[modifier].text);
  const name = inside?.[1] ?? pro?.[1];
  if (!name) return undefined;
  const surface = ctx.surfaces.exact.get(name);
  return surface && surface.ref.type !== "Place" ? surface.ref : undefined;
}

/** "Iran-backed Houthis", "pro-Iranian militias", "Russian-supported forces": the modifier's owner BACKS the noun. */
function backingModifiers(s: SentenceInput, ctx: RuleContext): FoundRelation[] {
  const g = s.graph;
  const out: FoundRelation[] = [];
  for (let t = 0; t < g.length; t++) {
    const backer = backerOf(s, t, ctx);
    if (!backer) continue;
    for (const up of g.parents(t, (r) => r === "amod" || r === "acl" || r === "compound" || r === "dep")) {
      out.push(...pairs(s, [backer], "BACKS", s.entities.denoted(up.token), 0.85));
    }
  }
  return out;
}

/** "the Saudi-led coalition", "a US-led mission": whoever the modifier names LEADS the body. */
function ledBodies(s: SentenceInput): FoundRelation[] {
  const g = s.graph;
  const out: FoundRelation[] = [];
  for (let t = 0; t < g.length; t++) {
    if (g.lemma(t) !== "lead" || g.pos(t) !== "VBN") continue;
    const leaders = g
      .children(t, (r) => /^(dep|obl|obl:npmod|compound|nmod|advmod)/.test(r))
      .flatMap((e) => s.entities.named(e.token));
    for (const up of g.parents(t, "amod")) {
      const body = s.entities.at(up.token);
      if (body && body.ref.type === "Group") out.push(...pairs(s, leaders, "LEADS", [body.ref], 0.8));
    }
  }
  return out;
}

function titleOf(s: SentenceInput, t: number, ctx: RuleContext): { title: string; kind: RelationType } | undefined {
  const g = s.graph;
  const roles = ctx.lexicon.roles;
  const lemma = g.lemma(t);
  const modifiers = g
    .children(t, (r) => r === "compound" || r === "amod")
    .map((e) => e.token)
    .filter((m) => m < t)
    .sort((a, b) => a - b);
  const words = modifiers.map((m) => g.lower(m));
  for (let k = 0; k <= words.length; k++) {
    const phrase = [...words.slice(k), lemma].join(" ");
    const leader = roles.leaderTitles.has(phrase);
    if (!leader && !roles.memberTitles.has(phrase)) continue;
    // A deputy, or the chief of one region or portfolio ("Mideast chief", "nuclear chief"), serves the body without leading it.
    const rest = modifiers.slice(0, k);
    const junior = rest.some(
      (m) =>
        JUNIOR.has(g.lower(m)) ||
        PORTFOLIO.has(g.lower(m)) ||
        (g.isProperNoun(m) && (!s.entities.at(m) || s.entities.at(m)!.ref.type === "Place")),
    );
    return { title: [...words, lemma].join(" "), kind: leader && !junior ? "LEADS" : "MEMBER_OF" };
  }
  return undefined;
}

/** The states and groups a title or a name hangs on: "Turkish President", "Turkey's president", "head of the GNA". */
function ownersAround(s: SentenceInput, tokens: number[], person: ParsedMention, ctx: RuleContext): EntityRef[] {
  const g = s.graph;
  const portfolio = ctx.lexicon.roles.organPortfolioWords;
  const out: EntityRef[] = [];
  for (const t of tokens) {
    // "its Iran envoy": with a possessor, a country in front of the title is its portfolio.
    // "his Venezuelan counterpart": a counterpart's possessor is the other side, not its owner.
    const possessed = g.children(t, "nmod:poss").length > 0 && g.lemma(t) !== "counterpart";
    for (const e of g.children(t, (r) => OWNER_RELS.has(r) && !(possessed && (r === "compound" || r === "amod")))) {
      const m = s.entities.at(e.token);
      if (!m || m === person || m.ref.type === "Actor" || m.ref.type === "Place") continue;
      // "Secretary of State", "Minister of Defence": the portfolio is part of the title.
      if (m.surface.split(/\s+/).every((w) => portfolio.has(w.toLowerCase()))) continue;
      if (!out.some((o) => o.name === m.ref.name)) out.push(m.ref);
    }
  }
  return out;
}

/**
 * Titles of people: "Turkish President Tayyip Erdogan" (LEADS), "Houthi spokesman Mohammed
 * Abdulsalam", "Sergei Lavrov, the Russian foreign minister", "Erdogan, Turkey's president",
 * "Fayez al-Serraj, head of the GNA".
 */
function titleRelations(s: SentenceInput, ctx: RuleContext): FoundRelation[] {
  const g = s.graph;
  const out: FoundRelation[] = [];
  for (const person of s.entities.mentions) {
    if (person.ref.type !== "Actor" || person.role !== "head" || /^(he|she|his|her|him)$/i.test(person.surface))
      continue;
    const h = person.head;
    const otherPeople = s.entities.mentions.filter(
      (m) => m !== person && m.ref.type === "Actor" && m.ref.name !== person.ref.name,
    );
    const nextPersonAfter = (t: number): boolean =>
      otherPeople.some((m) => m.tokenStart > person.tokenEnd - 1 && m.tokenStart < t);
    const governors = g.parents(h, (r) => r === "dep" || r === "appos" || r === "compound").map((e) => e.token);
    // "the head of the Council, Mahdi al-Mashat": the name hangs on the body, the body on the title.
    const titleAbove = governors.flatMap((t) => g.parents(t, "nmod:of").map((e) => e.token));
    // "Ralph Gonsalves, Prime Minister of ...", sometimes parsed as a conjunct of the name; and "X and Y,
    // the deputy minister", where the parser hung Y's title on X.
    const following = g
      .children(h, (r) => r.startsWith("conj"))
      .map((e) => e.token)
      .filter((t) => t > h && t - person.tokenEnd <= 3);
    const misattached = otherPeople
      .flatMap((p) => g.children(p.head, "appos").map((e) => e.token))
      .filter(
        (t) => t > person.tokenEnd && !otherPeople.some((p) => p.tokenStart > person.tokenStart && p.tokenStart < t),
      );
    const candidates = [
      ...g.children(h, (r) => TITLE_RELS.has(r)).map((e) => e.token),
      ...governors,
      ...titleAbove,
      ...following,
      ...misattached,
    ].filter((t) => (t < person.tokenStart || t >= person.tokenEnd || g.isNoun(t)) && !nextPersonAfter(t));
    let titled = false;
    for (const t of candidates) {
      const title = titleOf(s, t, ctx) ?? counterpartTitle(s, t, ctx);
      if (!title) continue;
      titled = true;
      const owners = ownersAround(s, [t, h], person, ctx);
      if (!owners.length) ctx.article.ownerless.push({ person: person.ref, title: g.lemma(t) });
      for (const owner of owners) {
        // A commander or a chief heads a unit or a body; of a state they are one of its officials.
        const kind =
          title.kind === "LEADS" && owner.type === "State" && UNIT_HEADS.has(g.lemma(t)) ? "MEMBER_OF" : title.kind;
        out.push(...pairs(s, [person.ref], kind, [owner], 0.85, { role: title.title }));
      }
    }
    if (titled && !out.some((r) => r.source === person.ref)) out.push(...dictionaryRoles(s, person, ctx));
    // "Monsignor X of the Colombian Episcopal Conference", "Y of Hamas"
    for (const e of g.children(h, "nmod:of")) {
      const body = s.entities.at(e.token);
      if (body && body.role === "head" && (body.ref.type === "Group" || body.ref.type === "State"))
        out.push(...pairs(s, [person.ref], "MEMBER_OF", [body.ref], 0.7));
    }
  }
  return out;
}

/**
 * "his Venezuelan counterpart Nicolas Maduro": a counterpart holds the title of the one whose counterpart
 * they are, as the article told it.
 */
function counterpartTitle(
  s: SentenceInput,
  t: number,
  ctx: RuleContext,
): { title: string; kind: RelationType } | undefined {
  const g = s.graph;
  if (g.lemma(t) !== "counterpart") return undefined;
  const of = g
    .children(t, "nmod:poss")
    .flatMap((e) => s.entities.named(e.token))
    .find((r) => r.type === "Actor");
  const held = of
    ? (ctx.article.titles.get(of.name) ??
      [...ctx.article.ownerless].reverse().find((x) => x.person.name === of.name)?.title)
    : undefined;
  if (!held) return undefined;
  const leads = ctx.lexicon.roles.leaderTitles.has(held);
  return { title: held, kind: leads && !UNIT_HEADS.has(held) ? "LEADS" : "MEMBER_OF" };
}

/**
 * "the Brazilian president", said of someone the article called "President Lula" before without saying
 * of which state: the description gives the state.
 */
function definiteTitles(s: SentenceInput, ctx: RuleContext): FoundRelation[] {
  const g = s.graph;
  const out: FoundRelation[] = [];
  for (let t = 0; t < g.length; t++) {
    if (!g.isNoun(t) || g.isProperNoun(t)) continue;
    const lemma = g.lemma(t);
    // Only a title a state has one holder of: "the Brazilian president", not "the Russian foreign minister".
    if (!ctx.lexicon.roles.leaderTitles.has(lemma) || UNIT_HEADS.has(lemma)) continue;
    if (!g.children(t, "det").some((e) => g.lower(e.token) === "the")) continue;
    const linked = [
      ...g.children(t, (r) => r === "appos" || r === "dep" || r === "flat"),
      ...g.parents(t, (r) => r === "compound" || r === "appos"),
    ];
    if (linked.some((e) => s.entities.at(e.token)?.ref.type === "Actor")) continue;
    const owners = g
      .children(t, (r) => r === "amod" || r === "compound" || r === "nmod:poss")
      .flatMap((e) => s.entities.at(e.token)?.ref ?? [])
      .filter((r) => r.type === "State" || r.type === "Group");
    const earlier = [...ctx.article.ownerless].reverse().find((x) => x.title === lemma);
    if (!earlier || !owners.length) continue;
    out.push(...pairs(s, [earlier.person], "LEADS", owners, 0.75, { role: lemma }));
  }
  return out;
}

/** A title without its state ("President Joe Biden"): the dictionary may know whose. */
function dictionaryRoles(s: SentenceInput, person: ParsedMention, ctx: RuleContext): FoundRelation[] {
  const facts = ctx.dictionary.facts.get(person.ref.name);
  const out: FoundRelation[] = [];
  for (const [key, type] of [
    ["leads", "LEADS"],
    ["memberOf", "MEMBER_OF"],
  ] as const) {
    const target = facts?.[key] ? ctx.dictionary.byName.get(facts[key]!) : undefined;
    if (target) out.push(...pairs(s, [person.ref], type, [target], 0.6));
  }
  return out;
}

/** "X, the armed wing of Y", "Iran's Revolutionary Guards": a group that is part of a larger body or a state. */
function partOfRelations(s: SentenceInput): FoundRelation[] {
  const g = s.graph;
  const out: FoundRelation[] = [];
  const groups = s.entities.mentions.filter((m) => m.ref.type === "Group" && m.role === "head");
  // "X, commander of the Qods force, the wing of the guards": the apposition belongs to the group nearest
  // before it, whatever the parser hung it on.
  for (let t = 0; t < g.length; t++) {
    if (!PART_WORDS.has(g.lemma(t))) continue;
    for (const up of g.parents(t, "appos")) {
      const between = groups.filter((m) => m.tokenEnd <= t && m.tokenStart >= up.token);
      const part = between.length
        ? between[between.length - 1]
        : groups.find((m) => m.tokenStart <= up.token && up.token < m.tokenEnd);
      if (!part) continue;
      const wholes = g.children(t, "nmod:of").flatMap((e) => s.entities.denoted(e.token));
      out.push(
        ...pairs(
          s,
          [part.ref],
          "PART_OF",
          wholes.filter((w) => w.type !== "Actor" && w.type !== "Place"),
          0.8,
        ),
      );
    }
  }
  for (const group of groups) {
    // "The Houthis are a member of the axis of resistance", "the movement has become a member of ..."
    for (const up of g.parents(group.head, "nsubj")) {
      const linked = g.children(up.token, "cop").length
        ? [up.token]
        : LINKING_VERBS.has(g.lemma(up.token))
          ? g.children(up.token, "xcomp").map((e) => e.token)
          : [];
      for (const part of linked.filter((t) => PART_WORDS.has(g.lemma(t)))) {
        const wholes = g.children(part, "nmod:of").flatMap((e) => s.entities.denoted(e.token));
        out.push(
          ...pairs(
            s,
            [group.ref],
            "PART_OF",
            wholes.filter((w) => w.type !== "Actor" && w.type !== "Place"),
            0.75,
          ),
        );
      }
    }
    if (!STATE_BODY_KINDS.test(group.ref.kind ?? "")) continue;
    for (const poss of g.children(group.head, "nmod:poss")) {
      const owner = s.entities.at(poss.token);
      if (owner && owner.ref.type === "State") out.push(...pairs(s, [group.ref], "PART_OF", [owner.ref], 0.7));
    }
  }
  return out;
}

/** Relations said by the shape of a phrase rather than a verb or a relation noun. */
export function structureRelations(s: SentenceInput, ctx: RuleContext): FoundRelation[] {
  return [
    ...backingModifiers(s, ctx),
    ...ledBodies(s),
    ...titleRelations(s, ctx),
    ...definiteTitles(s, ctx),
    ...partOfRelations(s),
  ];
}
