import { join } from "node:path";
import { extractFromInputs } from "../../ingest/pipeline";
import { articleId } from "../../ingest/sources";
import { folderWith, testNlp } from "./helpers";

const first = `Source: Example Wire
Jan 20, 2024
Talks in Doha

Envoy Ada Lovelace said Chile held talks with Peru in Doha in January. Lovelace called the talks useful.`;

const second = `Source: Other Wire
Feb 3, 2024
Doha talks recalled

Chilean negotiators held talks with Peru in Doha last month, officials said.`;

describe("resolution across a run", () => {
  it("merges the same event told by two articles into one node with both sides", async () => {
    const { extraction } = await extractFromInputs(
      [
        { name: "a.txt", contentType: "text", body: first },
        { name: "b.txt", contentType: "text", body: second },
      ],
      { nlp: testNlp() },
    );
    const talks = extraction.entities.filter((e) => e.type === "Event" && e.kind === "talks");
    expect(talks).toHaveLength(1);
    expect(talks[0]).toMatchObject({ date: "2024-01" });
    const parties = extraction.relations
      .filter((r) => r.type === "PARTICIPATED_IN" && r.target === talks[0].id)
      .map((r) => r.source);
    expect(parties.sort()).toEqual(["state:chile", "state:peru"]);
    const negotiated = extraction.relations.find((r) => r.type === "NEGOTIATED_WITH");
    expect(negotiated).toMatchObject({ source: "state:chile", target: "state:peru" });
    expect(new Set(negotiated!.evidence.map((e) => e.article)).size).toBe(2);
  });

  it("gives stable ids and offsets that point at the evidence", async () => {
    const { extraction } = await extractFromInputs([{ name: "a.txt", contentType: "text", body: first }], {
      nlp: testNlp(),
    });
    const article = extraction.articles[0];
    expect(article.id).toBe(
      articleId({ file: "a.txt", title: "", source: undefined, url: undefined, date: undefined }),
    );
    expect(extraction.entities.find((e) => e.name === "Ada Lovelace")).toMatchObject({
      id: "actor:ada-lovelace",
      type: "Actor",
      aliases: ["Lovelace"],
    });
    for (const r of extraction.relations)
      for (const ev of r.evidence) expect(article.text!.slice(ev.start, ev.end)).toBe(ev.sentence);
    for (const m of extraction.mentions ?? []) expect(article.text!.slice(m.start, m.end).length).toBeGreaterThan(0);
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("derives the article id from the URL when there is one", () => {
    expect(articleId({ url: "https://example.org/a", file: "a.json", title: "T" })).toBe(
      articleId({ url: "https://example.org/a", file: "b.json", title: "Other" }),
    );
  });
});

describe("names shortened in another article of the run", () => {
  const article = (name: string, title: string, body: string) => ({
    name,
    contentType: "text" as const,
    body: `Source: Wire\nMar 1, 2024\n${title}\n\n${body}`,
  });

  it("reads an acronym defined in brackets as its organisation, in that article and in others", async () => {
    const { extraction } = await extractFromInputs(
      [
        article(
          "a.txt",
          "Raid",
          "The Highland Liberation Front (HLF) attacked Chad on Sunday. HLF fighters attacked Niger on Monday.",
        ),
        article("b.txt", "Talks", "The Northern Patriotic Movement (NPM) met Mali's president on Friday."),
        article("c.txt", "Offensive", "The NPM attacked Mali on Saturday, officials said."),
      ],
      { nlp: testNlp() },
    );
    expect(
      extraction.entities
        .filter((e) => e.type === "Group")
        .map((g) => g.name)
        .sort(),
    ).toEqual(["Highland Liberation Front", "Northern Patriotic Movement"]);
    const attacks = extraction.relations
      .filter((r) => r.type === "ATTACKED")
      .map((r) => `${r.source} ${r.target}`)
      .sort();
    expect(attacks).toEqual([
      "group:highland-liberation-front state:chad",
      "group:highland-liberation-front state:niger",
      "group:northern-patriotic-movement state:mali",
    ]);
  });

  it("joins a group's initials said in another article to its full name", async () => {
    const { extraction } = await extractFromInputs(
      [
        article("a.txt", "Offensive", "The Coastal Resistance Army attacked Mali on Friday."),
        article("b.txt", "Offensive again", "The CRA attacked Niger on Saturday, officials said."),
      ],
      { nlp: testNlp() },
    );
    expect(extraction.entities.filter((e) => e.type === "Group").map((g) => g.name)).toEqual([
      "Coastal Resistance Army",
    ]);
    expect(extraction.relations.find((r) => r.type === "ATTACKED" && r.target === "state:niger")).toMatchObject({
      source: "group:coastal-resistance-army",
    });
  });

  it("joins two transliterations of a group's name, and keeps the one used more", async () => {
    const { extraction } = await extractFromInputs(
      [
        article("a.txt", "Raid", "The Harakat Tahrir Azawad militia attacked Mali on Sunday."),
        article(
          "b.txt",
          "Raid again",
          "The Harakat Tahreer Azawad militia attacked Niger on Monday. The Harakat Tahreer Azawad militia attacked Chad on Tuesday.",
        ),
      ],
      { nlp: testNlp() },
    );
    const groups = extraction.entities.filter((e) => e.type === "Group");
    expect(groups.map((g) => g.name)).toEqual(["Harakat Tahreer Azawad militia"]);
    expect(groups[0].aliases).toContain("Harakat Tahrir Azawad militia");
    expect(extraction.relations.filter((r) => r.type === "ATTACKED").map((r) => r.source)).toEqual([
      groups[0].id,
      groups[0].id,
      groups[0].id,
    ]);
  });

  it("joins a full name said without its middle name to the person", async () => {
    const { extraction } = await extractFromInputs(
      [
        article("a.txt", "Visit", "Foreign Minister Maria Quispe Torres met Chile's president in Lima."),
        article("b.txt", "Visit recalled", "Maria Torres criticised Chile on Tuesday."),
      ],
      { nlp: testNlp() },
    );
    const people = extraction.entities.filter((e) => e.type === "Actor" && e.name.includes("Torres"));
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: "Maria Quispe Torres" });
    expect(people[0].aliases).toContain("Maria Torres");
  });

  it("gives a dictionary entity its dictionary spellings as aliases", async () => {
    const { extraction } = await extractFromInputs(
      [article("a.txt", "Strike", "Hezbollah attacked Israel on Sunday.")],
      { nlp: testNlp() },
    );
    const hezbollah = extraction.entities.find((e) => e.type === "Group" && /hizb|hezb/i.test(e.name));
    expect(hezbollah).toBeDefined();
    expect([hezbollah!.name, ...hezbollah!.aliases]).toEqual(expect.arrayContaining(["Hezbollah", "Hizbollah"]));
  });
});

describe("user dictionaries", () => {
  const dictionary = join(
    folderWith({
      "mine.yaml": "groups:\n  - name: Northern Alliance of Tomorrow\n    kind: armed movement\n    aliases: [NAT]\n",
    }),
    "mine.yaml",
  );
  const body = "Source: Wire\nMar 1, 2024\nClashes\n\nNAT fighters attacked Chad on Sunday.";

  it("adds names from a dictionary file given as an option", async () => {
    const { extraction } = await extractFromInputs([{ name: "c.txt", contentType: "text", body }], {
      nlp: testNlp(),
      dictionaries: [dictionary],
    });
    expect(extraction.entities.find((e) => e.id === "group:northern-alliance-of-tomorrow")).toMatchObject({
      type: "Group",
      kind: "armed movement",
    });
    expect(
      extraction.relations.some((r) => r.type === "ATTACKED" && r.source === "group:northern-alliance-of-tomorrow"),
    ).toBe(true);
  });

  it("reads a dictionary named by NEWSGRAPH_DICTIONARY", async () => {
    process.env.NEWSGRAPH_DICTIONARY = dictionary;
    try {
      const { extraction } = await extractFromInputs([{ name: "c.txt", contentType: "text", body }], {
        nlp: testNlp(),
      });
      expect(extraction.entities.map((e) => e.name)).toContain("Northern Alliance of Tomorrow");
    } finally {
      delete process.env.NEWSGRAPH_DICTIONARY;
    }
  });
});
