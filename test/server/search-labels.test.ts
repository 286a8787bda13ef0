import request from "supertest";
import { ServerHarness, serverHarness } from "./support";

/** Many short-named States and one long-named Group all match "alpha"; the Group scores last. */
async function crowdedIndex(h: ServerHarness): Promise<void> {
  const states = Array.from({ length: 60 }, (_, i) => ({ id: `state-${i}`, name: `Alpha ${i}` }));
  await h.driver.executeQuery(
    `UNWIND $states AS s CREATE (n:Entity:State {id: s.id, name: s.name, aliasText: s.name, mentions: 100})
     WITH count(*) AS created
     CREATE (:Entity:Group {id: 'group-1', name: 'Alpha Brigade of the Northern Highlands Liberation Coalition', aliasText: 'Alpha Brigade of the Northern Highlands Liberation Coalition', mentions: 1})`,
    { states },
    { database: h.config.NEO4J_DATABASE },
  );
  await h.driver.executeQuery(
    "CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()",
    {},
    { database: h.config.NEO4J_DATABASE },
  );
}

describe("GET /api/search with a label filter", () => {
  let h: ServerHarness;
  beforeAll(async () => {
    h = await serverHarness({ extraction: null });
    await crowdedIndex(h);
  });
  afterAll(() => h.close());

  it("finds an entity of that label even when other labels fill the best hits many times over", async () => {
    const unfiltered = await request(h.app).get("/api/search?q=alpha&limit=50").expect(200);
    expect(unfiltered.body.results.map((r: { id: string }) => r.id)).not.toContain("group-1");

    const groups = await request(h.app).get("/api/search?q=alpha&limit=2&labels=Group").expect(200);
    expect(groups.body.results.map((r: { id: string; label: string }) => [r.id, r.label])).toEqual([
      ["group-1", "Group"],
    ]);

    const states = await request(h.app).get("/api/search?q=alpha&limit=3&labels=State").expect(200);
    expect(states.body.results).toHaveLength(3);
    expect(states.body.results.every((r: { label: string }) => r.label === "State")).toBe(true);
  });

  it("answers an empty list for a label nothing matching has", async () => {
    const actors = await request(h.app).get("/api/search?q=alpha&labels=Actor").expect(200);
    expect(actors.body.results).toEqual([]);
  });
});
