import { blockingKeys, candidatePairs, MAX_BLOCK } from "../../server/suggestions/duplicate-blocking";
import {
  type NamedEntity,
  SUGGESTION_MIN,
  compareNames,
  nameSimilarity,
  scorePair,
} from "../../server/suggestions/duplicate-scoring";

const actor = (id: string, name: string, aliases: string[] = [name]): NamedEntity => ({
  id,
  name,
  label: "Actor",
  aliases,
});

const score = (a: NamedEntity, b: NamedEntity, neighbours = 0) => scorePair(compareNames(a, b), neighbours);

describe("duplicate scoring", () => {
  it("finds spelling variants alike and names that differ in a word unlike", () => {
    expect(nameSimilarity("Mohammed bin Salman", "Mohammad bin Salman")).toBeGreaterThanOrEqual(0.85);
    expect(nameSimilarity("Hezbollah", "Hizbollah")).toBeGreaterThanOrEqual(0.85);
    expect(nameSimilarity("Kim Jong Un", "Kim Jong-un")).toBe(1);
    expect(nameSimilarity("Kim Jong Un", "Kim Yo Jong")).toBeLessThan(0.5);
    expect(nameSimilarity("Kim Jong Un", "Kim Jong Il")).toBeLessThan(0.5);
    expect(nameSimilarity("North Korea", "South Korea")).toBeLessThan(0.8);
    expect(nameSimilarity("Iran", "Iraq")).toBeLessThan(0.8);
  });

  it("ranks true variants above relatives who share a surname and many neighbours", () => {
    const variant = score(actor("a:mbs", "Mohammed bin Salman"), actor("a:mbs2", "Mohammad bin Salman"));
    const siblings = score(actor("a:kju", "Kim Jong Un"), actor("a:kyj", "Kim Yo Jong"), 12);
    expect(variant!.score).toBeGreaterThanOrEqual(0.7);
    expect(variant!.reasons).toEqual([{ kind: "similar-name", similarity: 0.875 }]);
    expect(siblings).toBeUndefined();
  });

  it("says a shared alias is why, and lets shared neighbours add a little, never alone", () => {
    const a = actor("a:mbs", "Mohammed bin Salman", ["Mohammed bin Salman", "MBS"]);
    const b = actor("a:crown-prince", "Crown Prince Mohammed", ["Crown Prince Mohammed", "MBS"]);
    const shared = score(a, b, 3)!;
    expect(shared.reasons).toEqual([
      { kind: "shared-alias", alias: "MBS" },
      { kind: "shared-neighbours", count: 3 },
    ]);
    expect(shared.score).toBeCloseTo(0.96);
    expect(score(a, b, 50)!.score).toBe(1);
    expect(score(actor("a:x", "Joe Biden"), actor("a:y", "Jill Biden"), 40)).toBeUndefined();
    expect(scorePair({ similarity: 0 }, 100)?.score ?? 0).toBeLessThan(SUGGESTION_MIN);
  });

  it("pairs a person's surname or given name alone with the full name, below a spelling variant, people only", () => {
    const alone = score(actor("a:n", "Netanyahu"), actor("a:bn", "Benjamin Netanyahu"))!;
    expect(alone.reasons).toEqual([{ kind: "short-name", name: "Netanyahu", of: "Benjamin Netanyahu" }]);
    const variant = score(actor("a:mbs", "Mohammed bin Salman"), actor("a:mbs2", "Mohammad bin Salman"))!;
    expect(alone.score).toBeGreaterThanOrEqual(SUGGESTION_MIN);
    expect(alone.score).toBeLessThan(variant.score);
    expect(score(actor("a:g", "Jong Un"), actor("a:k", "Kim Jong Un"))!.reasons[0].kind).toBe("short-name");
    // Too short to name anyone in particular, a word inside the name, or not people.
    expect(score(actor("a:kim", "Kim"), actor("a:kju", "Kim Jong Un"))).toBeUndefined();
    expect(score(actor("a:jong", "Jong"), actor("a:kju", "Kim Jong Un"))).toBeUndefined();
    const korea = (id: string, name: string): NamedEntity => ({ ...actor(id, name), label: "State" });
    expect(score(korea("s:k", "Korea"), korea("s:nk", "North Korea"))).toBeUndefined();
  });

  it("blocks by whole names and word skeletons, so variants meet and strangers are never compared", () => {
    expect(blockingKeys(actor("a:m", "Mohammed bin Salman"))).toEqual(
      expect.arrayContaining(["name:mohammed bin salman", "word:mhmmd", "word:slmn"]),
    );
    const pairs = candidatePairs([
      actor("a:1", "Mohammed bin Salman"),
      actor("a:2", "Mohammad bin Salman"),
      actor("a:3", "Vladimir Putin"),
      { ...actor("s:1", "Mohammed"), label: "State" },
    ]);
    expect(pairs.map(([a, b]) => [a.id, b.id])).toEqual([["a:1", "a:2"]]);
  });

  it("skips a block too common to tell anything", () => {
    const many = Array.from({ length: MAX_BLOCK + 1 }, (_, i) => actor(`a:${i}`, `Police officer ${i}`));
    expect(candidatePairs(many)).toEqual([]);
  });
});
