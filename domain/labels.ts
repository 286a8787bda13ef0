/** Every entity node carries `Entity` too, so one full-text index covers all of them. */
export const ENTITY_LABEL = "Entity" as const;

export const ENTITY_LABELS = ["Actor", "Group", "State", "Event", "Place"] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const ARTICLE_LABEL = "Article" as const;

export const NODE_LABELS = [...ENTITY_LABELS, ARTICLE_LABEL] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const LABEL_DESCRIPTIONS: Record<NodeLabel, string> = {
  Actor: "a named individual person",
  Group:
    "a non-state or sub-state organised body: movement, militia, party, unit, government body, agency, outlet, alliance",
  State: "a sovereign country, also when named by capital, demonym or government",
  Event: "something that happened at a time: talks, attack, strike, war, agreement, withdrawal",
  Place: "a location that is not a state: sea, city, region, base",
  Article: "a source document",
};

export function isEntityLabel(value: string): value is EntityLabel {
  return (ENTITY_LABELS as readonly string[]).includes(value);
}
