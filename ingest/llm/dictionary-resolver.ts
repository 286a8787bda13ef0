import type { EntityLabel } from "../../domain";
import { resolveName, type Extractor } from "../extract";
import type { EntityRef } from "../types";
import type { NameResolver } from "./llm-extractor";

/**
 * Runs a name the model gave through the same dictionaries the rules use: "Tehran" becomes Iran,
 * "Hezbollah" becomes Hizbollah. A name the dictionaries do not know keeps the model's type.
 */
export function dictionaryResolver(extractor: Extractor): NameResolver {
  return (name: string, type: EntityLabel): EntityRef => resolveName(extractor, name, type);
}
