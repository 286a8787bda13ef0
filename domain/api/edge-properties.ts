import { z } from "zod";

/** A relation's stored properties as the API hands them out; the one definition every edge schema uses. */
export const EdgePropertiesSchema = z.record(z.string(), z.unknown());
export type EdgeProperties = z.infer<typeof EdgePropertiesSchema>;
