import type { Dictionary, Surface } from "../../ingest/dictionaries/dictionary";
import { Gazetteer } from "../../ingest/extract/gazetteer";

const surface = (text: string, name: string, type: Surface["ref"]["type"] = "State"): Surface => ({
  text,
  ref: { name, type },
  form: "name",
});

function gazetteer(surfaces: Surface[]): Gazetteer {
  const dictionary: Dictionary = { surfaces, byName: new Map(), facts: new Map() };
  return new Gazetteer(dictionary);
}

const found = (g: Gazetteer, text: string): string[] =>
  g.find(text).map((m) => `${text.slice(m.start, m.end)}=${m.surface.ref.name}`);

describe("the gazetteer", () => {
  const g = gazetteer([
    surface("US", "United States"),
    surface("United States", "United States"),
    surface("United States Army", "US Army", "Group"),
    surface("State Department", "State Department", "Group"),
    surface("Houthi", "Houthis", "Group"),
    surface("Sana'a", "Sana'a", "Place"),
  ]);

  it("takes the longest name at a position", () => {
    expect(found(g, "The United States Army and the United States met.")).toEqual([
      "United States Army=US Army",
      "United States=United States",
    ]);
  });

  it("matches single words only with their capitals and whole", () => {
    expect(found(g, "Let us go; the USA and US troops.")).toEqual(["US=United States"]);
  });

  it("matches long multi-word names in any case, without overlapping exact matches", () => {
    expect(found(g, "the state department said the US agreed")).toEqual([
      "state department=State Department",
      "US=United States",
    ]);
  });

  it("treats curly and straight apostrophes alike", () => {
    expect(found(g, "talks in Sana’a and Sana'a")).toEqual(["Sana’a=Sana'a", "Sana'a=Sana'a"]);
  });

  it("does not read a name after al- as the name", () => {
    expect(found(g, "Abdul-Malik al-Houthi spoke for the Houthi movement.")).toEqual(["Houthi=Houthis"]);
  });
});
