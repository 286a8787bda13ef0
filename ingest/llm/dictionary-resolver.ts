import type { EntityLabel } from "../../domain";
import type { Extractor } from "../extract";
import { newArticleContext, recognizeSentence, RunMemory } from "../extract/recognize";
import type { EntityRef } from "../types";
import type { NameResolver } from "./llm-extractor";

/**
 * Runs a name the model gave through the same recognizer the rules use: "Tehran" becomes Iran,
 * "Hezbollah" becomes Hizbollah. A name the dictionaries do not know keeps the model's type.
 */
export function dictionaryResolver(extractor: Extractor, run: RunMemory): NameResolver {
  return (name: string, type: EntityLabel): EntityRef => {
    const mentions = recognizeSentence(name, newArticleContext(run), extractor);
    const whole = mentions.find((m) => m.role === "head" && m.end - m.start >= 0.6 * name.trim().length);
    return whole ? whole.ref : { name: name.trim(), type };
  };
}
