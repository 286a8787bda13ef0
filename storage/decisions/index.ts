export { listDecisions, reapplyDecisions, recordDecision, undoDecision } from "./decision-store";
export { readEntityHeads, relationStored, type EntityHead } from "./decision-subjects";
