import { LABEL_DESCRIPTIONS, ENTITY_LABELS } from "../../domain";
import { LLM_RELATION_TYPES } from "./answer-schema";

/** Bumped when the wording changes, so cached answers to the old prompt are not reused. */
export const PROMPT_VERSION = 1;

const RELATION_HINTS: Record<string, string> = {
  BACKS: "supports with arms, money, training or political backing",
  NEGOTIATED_WITH: "held talks, negotiations or meetings with (symmetric)",
  MEDIATED: "carried messages or brokered talks between parties (one relation per party)",
  ATTACKED: "struck, bombed, fired on, fought or killed",
  ACCUSED: "accused, blamed or condemned",
  DEMANDED: "demanded, urged or told to stop",
  REQUESTED: "asked or sought",
  THREATENED: "threatened or warned of force",
  SANCTIONED: "imposed sanctions or embargoes on",
  AGREED_WITH: "agreed, signed a deal or swapped prisoners with (symmetric)",
  SIGNED: "is party to an agreement",
  WITHDREW_FROM: "left an agreement or withdrew forces from a place",
  LEADS: "heads (president, leader, commander)",
  MEMBER_OF: "a person belongs to or represents a state or group",
  PART_OF: "a group is a unit of a larger group or state",
  ALLIED_WITH: "stated alliance (symmetric)",
  OPPOSES: "stated enmity (symmetric)",
};

export function systemPrompt(): string {
  const labels = ENTITY_LABELS.map((l) => `- ${l}: ${LABEL_DESCRIPTIONS[l]}`).join("\n");
  const types = LLM_RELATION_TYPES.map((t) => `- ${t}: ${RELATION_HINTS[t] ?? ""}`).join("\n");
  return [
    "You extract who did what to whom from news text, for an event-data knowledge graph.",
    "Use only these entity types:",
    labels,
    "Use only these relation types (source -> target):",
    types,
    "Rules: report only what the text states; copy the evidence sentence exactly; set negated to true when the text says it did not happen;",
    "a hypothetical or threatened use of force is THREATENED, not ATTACKED; article authors, photographers and news agencies credited for photos are not entities.",
    "Answer with JSON only, matching the given schema.",
  ].join("\n");
}

export function userPrompt(text: string): string {
  return `Text:\n"""\n${text}\n"""`;
}
