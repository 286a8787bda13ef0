import type { EntityRef, Sentence } from "../types";
import type { FoundEvent } from "../extract";
import { slug } from "./names";

export interface EventParticipant {
  entityId: string;
  name: string;
  role: string;
}

/** One event of the run, told in one or more sentences. */
export interface MergedEvent {
  kind: string;
  trigger: string;
  participants: EventParticipant[];
  date?: string;
  place?: EntityRef;
  mentions: { article: string; sentence: Sentence }[];
  links: {
    source: EntityRef;
    type: "SIGNED" | "WITHDREW_FROM";
    confidence: number;
    article: string;
    sentence: Sentence;
  }[];
}

type IdOf = (ref: EntityRef) => { id: string; name: string };

const datesAgree = (a?: string, b?: string): boolean => !a || !b || a.startsWith(b) || b.startsWith(a);
const morePrecisDate = (a?: string, b?: string): string | undefined => (!a ? b : !b ? a : a.length >= b.length ? a : b);

function sharedParticipants(a: EventParticipant[], b: EventParticipant[]): number {
  const ids = new Set(a.map((p) => p.entityId));
  return b.filter((p) => ids.has(p.entityId)).length;
}

function sameEvent(a: MergedEvent, b: MergedEvent): boolean {
  if (a.kind !== b.kind || !datesAgree(a.date, b.date)) return false;
  if (a.place && b.place && a.place.name !== b.place.name) return false;
  if (a.kind === "agreement")
    return a.trigger === b.trigger || a.trigger.endsWith(b.trigger) || b.trigger.endsWith(a.trigger);
  const shared = sharedParticipants(a.participants, b.participants);
  const needed = Math.min(2, a.participants.length, b.participants.length);
  // One shared party is not enough on its own: the same place or date must say it is the same event.
  const identical =
    a.participants.length === b.participants.length &&
    a.participants.every((p) => b.participants.some((q) => q.entityId === p.entityId && q.role === p.role));
  const corroborated =
    needed >= 2 || identical || (!!a.place && a.place.name === b.place?.name) || (!!a.date && !!b.date);
  return needed > 0 && shared >= needed && corroborated;
}

function absorb(into: MergedEvent, from: MergedEvent): void {
  for (const p of from.participants)
    if (!into.participants.some((q) => q.entityId === p.entityId)) into.participants.push(p);
  into.date = morePrecisDate(into.date, from.date);
  into.place ??= from.place;
  if (from.trigger.length > into.trigger.length && into.kind !== "agreement") into.trigger = from.trigger;
  into.mentions.push(...from.mentions);
  into.links.push(...from.links);
}

function toMerged(e: FoundEvent, article: string, idOf: IdOf): MergedEvent {
  const participants: EventParticipant[] = [];
  for (const p of e.participants) {
    const { id, name } = idOf(p.ref);
    if (!participants.some((q) => q.entityId === id)) participants.push({ entityId: id, name, role: p.role });
  }
  return {
    kind: e.kind,
    trigger: e.trigger,
    participants,
    date: e.date,
    place: e.place,
    mentions: [{ article, sentence: e.sentence }],
    links: e.relations.map((l) => ({ ...l, article, sentence: e.sentence })),
  };
}

/**
 * Events of one article: a definite description ("the talks") continues the latest event of its
 * kind; an event with the same kind and parties (and no clashing date or place) is the same event,
 * unless the text marks it as another ("a second round").
 */
export function mergeArticleEvents(found: FoundEvent[], article: string, idOf: IdOf): MergedEvent[] {
  const events: MergedEvent[] = [];
  for (const e of found) {
    const merged = toMerged(e, article, idOf);
    const sameKind = events.filter((x) => x.kind === merged.kind);
    // "the talks" continues the talks told before; "the 2015 nuclear deal" names one of its own.
    const bare = !e.date && !e.trigger.includes(" ");
    if (e.definite && !e.distinct && bare && sameKind.length && !merged.participants.length) {
      absorb(sameKind[sameKind.length - 1], merged);
      continue;
    }
    const match = e.distinct ? undefined : sameKind.reverse().find((x) => sameEvent(x, merged));
    if (match) absorb(match, merged);
    else events.push(merged);
  }
  return events.filter((e) => e.participants.length > 0 || e.links.length > 0);
}

/**
 * Merges the events of a whole run: the same event told by two articles becomes one. Two events can
 * only be one if they share a participant (or, for agreements, are of that kind), so each event is
 * compared with those candidates only: comparing it with every event of the run made a
 * 10,000-article run take many minutes.
 */
export function mergeRunEvents(perArticle: MergedEvent[][]): MergedEvent[] {
  const run: MergedEvent[] = [];
  const position = new Map<MergedEvent, number>();
  const buckets = new Map<string, Set<MergedEvent>>();
  const keysOf = (e: MergedEvent): string[] =>
    e.kind === "agreement" ? [e.kind] : e.participants.map((p) => `${e.kind}\u0000${p.entityId}`);
  const file = (e: MergedEvent): void => {
    for (const key of keysOf(e)) buckets.set(key, (buckets.get(key) ?? new Set()).add(e));
  };
  for (const events of perArticle) {
    for (const e of events) {
      const candidates = new Set(keysOf(e).flatMap((key) => [...(buckets.get(key) ?? [])]));
      // The earliest event of the run that matches, as a scan of the whole run would find.
      const match = [...candidates].sort((a, b) => position.get(a)! - position.get(b)!).find((x) => sameEvent(x, e));
      if (match) {
        absorb(match, e);
        file(match);
      } else {
        position.set(e, run.length);
        run.push(e);
        file(e);
      }
    }
  }
  return run;
}

const FORCE_KINDS = new Set(["attack", "strike"]);

/**
 * A name an analyst would write: "Israeli air strike on Hamas in Gaza (2024-06-08)", "Qatar-mediated
 * US–Iran talks in Oman (2024-01)", "Chile–Peru agreement (2019)". `adjectiveOf` gives a state's
 * adjective ("Israeli") where the dictionary knows one.
 */
export function eventName(e: MergedEvent, adjectiveOf: (name: string) => string | undefined = () => undefined): string {
  const named = (role: string) => e.participants.filter((p) => p.role === role).map((p) => p.name);
  // "offensives on Syria", not "offensives on Syria in Syria".
  const where = e.place && !e.participants.some((p) => p.name === e.place!.name) ? ` in ${e.place.name}` : "";
  const when = e.date ? ` (${e.date})` : "";
  if (FORCE_KINDS.has(e.kind)) {
    const attackers = named("attacker").slice(0, 2);
    const targets = named("target").slice(0, 2);
    const by = attackers.length === 1 ? (adjectiveOf(attackers[0]) ?? attackers[0]) : attackers.join(" and ");
    const on = targets.length ? ` on ${targets.join(" and ")}` : "";
    return `${by ? by + " " : ""}${e.trigger}${on}${where}${when}`.trim();
  }
  const mediators = named("mediator").slice(0, 2);
  const sides = e.participants
    .filter((p) => p.role !== "mediator")
    .slice(0, 3)
    .map((p) => p.name);
  const mediated = mediators.length ? `${mediators.join("- and ")}-mediated ` : "";
  return `${mediated}${sides.length ? sides.join("–") + " " : ""}${e.trigger}${where}${when}`.trim();
}

export function eventId(e: MergedEvent): string {
  const keyParticipants = e.participants
    .slice(0, 3)
    .map((p) => p.name)
    .sort();
  return `event:${slug([e.kind, e.kind === "agreement" ? e.trigger : "", ...keyParticipants, e.date ?? ""].filter(Boolean).join(" "))}`;
}
