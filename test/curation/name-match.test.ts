import { foldName, mentionsName, namesOnlyAlias, sameName } from "../../domain";

describe("names as a split compares them", () => {
  it("folds case, accents and punctuation", () => {
    expect(foldName("Mohammed bin-Salman’s")).toBe("mohammed bin salman s");
    expect(sameName("Kim Yo-jong", "kim yo jong")).toBe(true);
    expect(sameName("Hamas", "Hama")).toBe(false);
  });

  it("finds a name as whole words only", () => {
    expect(mentionsName("Kim Yo Jong threatened Seoul.", "kim yo jong")).toBe(true);
    expect(mentionsName("The Kimberley process.", "Kim")).toBe(false);
  });

  it("takes a sentence for the alias only when no other name of the entity is in it", () => {
    const others = ["Kim Jong Un"];
    expect(namesOnlyAlias("Kim Yo Jong threatened Seoul.", "Kim Yo Jong", others)).toBe(true);
    expect(namesOnlyAlias("Kim Jong Un and Kim Yo Jong met.", "Kim Yo Jong", others)).toBe(false);
    expect(namesOnlyAlias("Kim Jong Un threatened Seoul.", "Kim Yo Jong", others)).toBe(false);
    expect(namesOnlyAlias("Kim Yo Jong spoke.", "Kim Yo Jong", ["Kim"])).toBe(true);
    expect(namesOnlyAlias("Kim Jong Un spoke.", "Kim", ["Kim Jong Un"])).toBe(false);
  });
});
