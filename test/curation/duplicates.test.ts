import request from "supertest";
import { DecisionDraft, Extraction, relationKey } from "../../domain";
import type { DuplicateSuggestion } from "../../domain/api";
import { ExtractionBuilder } from "../support/extraction-factory";
import { ServerHarness, serverHarness } from "../server/support";

/*
 * True variants (two spellings of Mohammed bin Salman, both leading Saudi Arabia), a shared alias
 * (Hezbollah's "Party of God" extracted as an entity of its own) and an unrelated pair that shares a
 * neighbour and a surname (Kim Jong Un and his sister).
 */
function fixture(): Extraction {
  const b = new ExtractionBuilder();
  const mbs = b.entity("Actor", "Mohammed bin Salman");
  const mbs2 = b.entity("Actor", "Mohammad bin Salman");
  const hezbollah = b.entity("Group", "Hezbollah", { aliases: ["Hezbollah", "Party of God"] });
  const partyOfGod = b.entity("Group", "Party of God");
  const saudi = b.entity("State", "Saudi Arabia");
  const kim = b.entity("Actor", "Kim Jong Un");
  const sister = b.entity("Actor", "Kim Yo Jong");
  const seoul = b.entity("State", "Seoul");
  b.article("d-one", [
    "Mohammed bin Salman leads Saudi Arabia.",
    "Kim Jong Un threatened Seoul.",
    "Hezbollah threatened Saudi Arabia.",
  ]);
  b.relation(mbs, "LEADS", saudi, "d-one", 0)
    .relation(kim, "THREATENED", seoul, "d-one", 1)
    .relation(hezbollah, "THREATENED", saudi, "d-one", 2);
  b.article("d-two", [
    "Mohammad bin Salman leads Saudi Arabia.",
    "Kim Yo Jong threatened Seoul.",
    "Party of God threatened Saudi Arabia.",
  ]);
  b.relation(mbs2, "LEADS", saudi, "d-two", 0)
    .relation(sister, "THREATENED", seoul, "d-two", 1)
    .relation(partyOfGod, "THREATENED", saudi, "d-two", 2);
  return b.build();
}

const MBS = ["actor:mohammad-bin-salman", "actor:mohammed-bin-salman"];
const HEZBOLLAH = ["group:hezbollah", "group:party-of-god"];

describe("possible duplicates on a real Neo4j", () => {
  let h: ServerHarness;
  const token = () => ({ Authorization: `Bearer ${h.token}` });
  const decide = async (draft: DecisionDraft): Promise<string> =>
    (await request(h.app).post("/api/decisions").set(token()).send(draft).expect(201)).body.decision.id;
  const undo = (id: string) => request(h.app).delete(`/api/decisions/${id}`).set(token()).expect(200);
  const suggestions = async (query = ""): Promise<DuplicateSuggestion[]> =>
    (await request(h.app).get(`/api/suggestions/duplicates${query}`).expect(200)).body.suggestions;
  const pairs = async (query = "") => (await suggestions(query)).map((s) => s.entities.map((e) => e.id).sort());

  beforeAll(async () => {
    h = await serverHarness({ extraction: fixture() });
  });
  afterAll(() => h.close());

  it("suggests the shared alias and the spelling variants, best first, and not the siblings", async () => {
    const found = await suggestions();
    expect(found.map((s) => s.entities.map((e) => e.id).sort())).toEqual([HEZBOLLAH, MBS]);
    const [alias, variants] = found;
    expect(alias.reasons).toEqual([
      { kind: "shared-alias", alias: "Party of God" },
      { kind: "shared-neighbours", count: 1 },
    ]);
    expect(alias.score).toBeCloseTo(0.92);
    expect(variants.reasons).toEqual([
      { kind: "similar-name", similarity: 0.875 },
      { kind: "shared-neighbours", count: 1 },
    ]);
    expect(variants.entities[0]).toMatchObject({ label: "Actor", degree: 1, aliases: expect.any(Array) });
    expect(await pairs("?labels=Actor")).toEqual([MBS]);
    expect(await pairs("?limit=1")).toEqual([HEZBOLLAH]);
  });

  it("does not count a rejected relation as a shared neighbour or in the degree", async () => {
    const relation = relationKey({ source: MBS[0], type: "LEADS", target: "state:saudi-arabia" });
    const id = await decide({ kind: "reject", author: "analyst", note: "", relation });
    const variants = (await suggestions("?labels=Actor"))[0];
    expect(variants.reasons).toEqual([{ kind: "similar-name", similarity: 0.875 }]);
    expect(variants.entities.find((e) => e.id === MBS[0])!.degree).toBe(0);
    await undo(id);
  });

  it("drops a pair once it is dismissed, brings it back when the dismissal is undone, and drops it for good on a merge", async () => {
    const dismissal = await decide({ kind: "dismiss", author: "analyst", note: "", entities: [MBS[1], MBS[0]] });
    expect(await pairs()).toEqual([HEZBOLLAH]);
    await undo(dismissal);
    expect(await pairs()).toEqual([HEZBOLLAH, MBS]);
    await decide({ kind: "merge", author: "analyst", note: "", from: HEZBOLLAH[1], into: HEZBOLLAH[0] });
    expect(await pairs()).toEqual([MBS]);
  });
});
