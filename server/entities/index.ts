export { entitiesRouter } from "./entity-routes";
