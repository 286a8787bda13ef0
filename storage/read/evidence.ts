import type { Relationship } from "neo4j-driver";
import type { Evidence, StoredEvidenceLists } from "../../domain";
import { toPlain } from "../values";

/** A relation's parallel evidence lists as one item per piece of evidence, in stored order. */
export function storedEvidence(rel: Relationship): Evidence[] {
  const lists = toPlain(rel.properties) as Partial<Record<keyof StoredEvidenceLists, unknown[]>>;
  const articles = (lists.evidenceArticle ?? []) as string[];
  return articles.map((article, i) => ({
    article,
    sentence: String(lists.evidenceSentence?.[i] ?? ""),
    start: Number(lists.evidenceStart?.[i] ?? 0),
    end: Number(lists.evidenceEnd?.[i] ?? 0),
  }));
}
