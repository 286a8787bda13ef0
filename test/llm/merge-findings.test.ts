import type { ArticleFindings } from "../../ingest/extract";
import { mergeFindings } from "../../ingest/llm/merge-findings";
import type { FoundRelation } from "../../ingest/types";

const sentence = { start: 0, end: 40, text: "Iran backed the Houthis against Israel.", index: 0 };
const iran = { name: "Iran", type: "State" as const };
const houthis = { name: "Houthis", type: "Group" as const };
const israel = { name: "Israel", type: "State" as const };

function findings(relations: FoundRelation[]): ArticleFindings {
  return {
    sentences: [sentence],
    mentions: [{ start: 0, end: 4, surface: "Iran", ref: iran, role: "head" }],
    relations,
    events: [],
  };
}

describe("merging the rules' findings with the model's", () => {
  it("raises the confidence of a relation both found, adds the model's others, and leaves both inputs as they were", () => {
    const rules = findings([{ source: iran, type: "BACKS", target: houthis, sentence, confidence: 0.6 }]);
    const llm = findings([
      { source: iran, type: "BACKS", target: houthis, sentence, confidence: 0.7 },
      { source: houthis, type: "OPPOSES", target: israel, sentence, confidence: 0.5 },
    ]);
    const before = JSON.stringify([rules, llm]);

    const merged = mergeFindings(rules, llm);

    expect(merged.relations.map((r) => [r.type, r.confidence])).toEqual([
      ["BACKS", 0.85],
      ["OPPOSES", 0.5],
    ]);
    expect(merged.mentions).toHaveLength(1);
    expect(JSON.stringify([rules, llm])).toBe(before);
  });
});
