export { listDecisions, reapplyDecisions, recordDecision, undoDecision } from "./decision-store";
