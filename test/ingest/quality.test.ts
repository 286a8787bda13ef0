import { join } from "node:path";
import { extractAndScore, Score, SHARED } from "./run-cli";

/** The event-sentences relation F1 reached so far, rounded down: a drop below it is a regression. */
const EVENT_SENTENCES_F1 = 0.54;

describe("extraction quality on the seed articles", () => {
  let score: Score;
  beforeAll(() => {
    score = extractAndScore(join(SHARED, "corpus/seeds"), join(SHARED, "spec/seed-gold.json"));
  }, 120_000);

  it("finds the core and should relations precisely", () => {
    expect(score.relations.coreRecall).toBeGreaterThanOrEqual(0.9);
    expect(score.relations.shouldRecall).toBeGreaterThanOrEqual(0.6);
    expect(score.relations.precision).toBeGreaterThanOrEqual(0.85);
  });

  it("finds every core entity with its type, once, and no noise", () => {
    expect(score.entities.coreRecall).toBe(1);
    expect(score.entities.coreTyped).toBe(1);
    expect(score.detail.duplicateEntities).toEqual([]);
    expect(score.detail.noiseEntities).toEqual([]);
  });

  it("finds the core events", () => {
    expect(score.events.coreRecall).toBeGreaterThanOrEqual(0.8);
  });
});

describe("extraction quality on the event-sentences development set", () => {
  it(`keeps relation F1 at or above ${EVENT_SENTENCES_F1}`, () => {
    const score = extractAndScore(join(SHARED, "corpus/event-sentences/sentences"), join(SHARED, "corpus/event-sentences/gold.json"));
    expect(score.relations.f1).toBeGreaterThanOrEqual(EVENT_SENTENCES_F1);
  }, 120_000);
});
