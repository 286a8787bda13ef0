import { join } from "node:path";
import { extractAndScore, Score, SHARED } from "./run-cli";

/*
 * Extraction quality on every scored set, through the CLI as a user runs it. Each floor is the level
 * reached (see EVALUATION.md, written by `npm run eval`) less a small margin: a change that loses
 * quality fails here. The sets are samples; other articles are scored the same way.
 */

describe("extraction quality on the seed articles", () => {
  let score: Score;
  beforeAll(() => {
    score = extractAndScore(join(SHARED, "corpus/seeds"), join(SHARED, "spec/seed-gold.json"));
  }, 180_000);

  it("finds the core and should relations precisely", () => {
    expect(score.relations.f1).toBeGreaterThanOrEqual(0.85);
    expect(score.relations.coreRecall).toBeGreaterThanOrEqual(0.95);
    expect(score.relations.precision).toBeGreaterThanOrEqual(0.88);
  });

  it("finds every core entity with its type, once, and no noise", () => {
    expect(score.entities.coreRecall).toBe(1);
    expect(score.entities.coreTyped).toBe(1);
    expect(score.detail.duplicateEntities).toEqual([]);
    expect(score.detail.noiseEntities).toEqual([]);
  });

  it("finds the core events", () => {
    expect(score.events.coreRecall).toBeGreaterThanOrEqual(0.75);
  });
});

describe("extraction quality on articles it was not written for", () => {
  it("keeps relation F1 on the development articles", () => {
    const score = extractAndScore(
      join(SHARED, "corpus/dev-articles/articles"),
      join(SHARED, "corpus/dev-articles/gold.json"),
    );
    expect(score.relations.f1).toBeGreaterThanOrEqual(0.67);
    expect(score.relations.precision).toBeGreaterThanOrEqual(0.88);
    expect(score.entities.coreRecall).toBeGreaterThanOrEqual(0.95);
  }, 180_000);

  it("keeps relation F1 on the event sentences", () => {
    const score = extractAndScore(
      join(SHARED, "corpus/event-sentences/sentences"),
      join(SHARED, "corpus/event-sentences/gold.json"),
    );
    expect(score.relations.f1).toBeGreaterThanOrEqual(0.54);
  }, 180_000);
});
