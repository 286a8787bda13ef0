export { listDecisions, reapplyDecisions, recordDecision, undoDecision } from "./decision-store";
export { entityIdsStartingWith, readEntityHeads, relationStored, type EntityHead } from "./decision-subjects";
