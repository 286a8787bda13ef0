import { createHash } from "node:crypto";
import countries from "world-countries";
import { Extraction, FACT_RELATION_TYPES, RelationType } from "../domain";

/**
 * A structured extraction of the size real articles give (about 10 entities and 12 relations each),
 * over a realistic pool of entities, for the write benchmarks: it isolates writing from extraction.
 */
export function syntheticExtraction(articleCount: number, seed = 7, idPrefix = ""): Extraction {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const states = countries.map((c) => ({
    id: `${idPrefix}state:${c.cca3.toLowerCase()}`,
    name: c.name.common,
    type: "State" as const,
    aliases: [c.name.common],
  }));
  const people = Array.from({ length: 2000 }, (_, i) => ({
    id: `${idPrefix}actor:person-${i}`,
    name: `Person ${i}`,
    type: "Actor" as const,
    aliases: [`Person ${i}`],
  }));
  const groups = Array.from({ length: 300 }, (_, i) => ({
    id: `${idPrefix}group:group-${i}`,
    name: `Group ${i}`,
    type: "Group" as const,
    aliases: [`Group ${i}`],
  }));
  const pool = [...states, ...people, ...groups];
  const types = FACT_RELATION_TYPES.filter((t) => t !== "PARTICIPATED_IN" && t !== "OCCURRED_IN") as RelationType[];
  const extraction: Extraction = { articles: [], entities: pool, relations: [], mentions: [] };
  for (let i = 0; i < articleCount; i += 1) {
    const id = `${idPrefix}article:${i}`;
    const sentences = Array.from({ length: 12 }, (_, s) => `Sentence ${s} of article ${i} says who did what to whom.`);
    const text = sentences.join(" ");
    extraction.articles.push({
      id,
      title: `Synthetic article ${i}`,
      source: "Synthetic Wire",
      date: `2024-${String(1 + (i % 12)).padStart(2, "0")}-15`,
      authors: [],
      contentHash: createHash("sha256").update(text).digest("hex"),
      text,
    });
    const chosen = Array.from({ length: 10 }, () => pool[Math.floor(next() * pool.length)]);
    let offset = 0;
    sentences.forEach((sentence) => {
      const source = chosen[Math.floor(next() * chosen.length)];
      const target = chosen[Math.floor(next() * chosen.length)];
      if (source.id !== target.id) {
        extraction.relations.push({
          source: source.id,
          type: types[Math.floor(next() * types.length)],
          target: target.id,
          evidence: [{ article: id, sentence, start: offset, end: offset + sentence.length }],
          confidence: 0.8,
        });
      }
      offset += sentence.length + 1;
    });
    for (const entity of chosen) extraction.mentions?.push({ entity: entity.id, article: id, start: 0, end: 5 });
  }
  return extraction;
}
