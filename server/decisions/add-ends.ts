import { type DecisionDraft, RELATION_ENDPOINTS, connects } from "../../domain";
import type { EntityHead } from "../../storage";
import { badRequest } from "../http";

/** A relation added by hand joins only labels its type may join (domain/relation-types.ts), as the extractor's do. */
export function checkAddEnds(draft: Extract<DecisionDraft, { kind: "add" }>, heads: Map<string, EntityHead>): void {
  const source = heads.get(draft.source)!.label;
  const target = heads.get(draft.target)!.label;
  if (connects(draft.type, source, target)) return;
  const ends = RELATION_ENDPOINTS[draft.type];
  throw badRequest(
    `${draft.type} joins a ${ends.source.join("/")} to a ${ends.target.join("/")}, not a ${source} to a ${target}`,
  );
}
