import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import type { Extraction } from "../../domain";
import { writeExtraction } from "../../ingest/load";
import { nodePosition, openExplorer, pagePerTest, settled, shows, waitUntil, type E2eHarness } from "./harness";

const NEGOTIATED = "state-estovia|NEGOTIATED_WITH|state-norland";
const AUTHOR = "Ana Analyst";

/**
 * Issue 18 in the explorer: corrections made with the mouse and the keyboard are decisions the server keeps,
 * so they hold after a reload, are listed in the Corrections panel and are undone from there. The suite's
 * tests share one database and run in order.
 */
describe("correcting the graph in the explorer", () => {
  let h: E2eHarness;
  let page: Page;
  pagePerTest((harness, fresh) => {
    h = harness;
    page = fresh;
  });

  const inPage = (expression: string) => page.evaluate(expression);
  const hasNode = (id: string) => inPage(`window.__newsgraph.graph.hasNode(${JSON.stringify(id)})`);
  const hasEdge = (id: string) => inPage(`window.__newsgraph.graph.hasEdge(${JSON.stringify(id)})`);

  /** Each test's page starts with empty local storage, so it says who it is first. */
  async function signIn(): Promise<void> {
    await page.getByTestId("open-corrections").click();
    await page.getByLabel("Your name").fill(AUTHOR);
    await page.getByLabel("Your name").press("Tab");
    await page.keyboard.press("Escape");
    await waitUntil(page, "!window.__newsgraph.store.get().corrections.open");
  }

  async function search(text: string, choice: string): Promise<void> {
    await page.getByTestId("search").fill(text);
    await page.getByTestId("search-results").getByText(choice, { exact: true }).click();
    await shows(page, "entity-name", new RegExp(`^${choice}$`));
    await settled(page);
  }

  async function openRelation(from: string, fromName: string, type: string): Promise<void> {
    await search(from, fromName);
    await page
      .getByTestId("entity-panel")
      .locator(`[data-relation-type="${type}"]`)
      .getByRole("button", { name: "details" })
      .first()
      .click();
    await page.getByTestId("edge-review").waitFor();
  }

  async function decisionKinds(): Promise<string[]> {
    const items = page.getByTestId("corrections-panel").getByTestId("decision");
    await items.first().waitFor();
    return items.evaluateAll((list) => list.map((item) => item.getAttribute("data-kind") ?? ""));
  }

  it("asks for a name before the first correction, in words", async () => {
    await openExplorer(page, h.server.url);
    await openRelation("Estov", "Estovia", "NEGOTIATED_WITH");
    await page.getByTestId("edge-reject").click();
    await shows(page, "corrections-status", /Enter your name/);
    await expect(page.getByTestId("corrections-panel").isVisible()).resolves.toBe(true);
    await expect(hasEdge(NEGOTIATED)).resolves.toBe(true);
  });

  it("merges two selected nodes and rejects an edge; after a reload both hold and the panel lists them; undo brings the edge back", async () => {
    await openExplorer(page, h.server.url);
    await signIn();

    // Red Brigade by search, Coastal Alliance added with a shift-click: two selected, "Merge…".
    await search("Red Bri", "Red Brigade");
    await page.getByTestId("fit").click();
    await settled(page);
    const coastal = await nodePosition(page, "group-coastal");
    await page.keyboard.down("Shift");
    await page.mouse.click(coastal.x, coastal.y);
    await page.keyboard.up("Shift");
    await waitUntil(page, "window.__newsgraph.store.get().selection.length === 2");
    await page.getByTestId("merge-selection").click();
    const dialog = page.getByRole("dialog", { name: "Merge entities" });
    await dialog.getByLabel("Keep Coastal Alliance").check();
    await shows(page, "merge-explanation", /^Red Brigade goes: Coastal Alliance keeps its name as an alias/);
    await dialog.getByLabel("Note (optional)").fill("the same armed group");
    await dialog.getByRole("button", { name: "Merge", exact: true }).click();
    await waitUntil(page, "!window.__newsgraph.graph.hasNode('group-red')");
    await expect(hasNode("group-coastal")).resolves.toBe(true);
    // Red Brigade's relations now reach Coastal Alliance.
    await waitUntil(page, "window.__newsgraph.graph.hasEdge('state-estovia|ATTACKED|group-coastal')");

    await openRelation("Estov", "Estovia", "NEGOTIATED_WITH");
    await page.getByTestId("edge-reject").click();
    await waitUntil(page, `!window.__newsgraph.graph.hasEdge(${JSON.stringify(NEGOTIATED)})`);
    await expect(page.getByTestId("edge-panel").isVisible()).resolves.toBe(false);

    await openExplorer(page, `${h.server.url}/?node=group-coastal`);
    await expect(hasNode("group-red")).resolves.toBe(false);
    await expect(hasEdge(NEGOTIATED)).resolves.toBe(false);
    await expect(hasEdge("state-estovia|ATTACKED|group-coastal")).resolves.toBe(true);
    await shows(page, "entity-name", /^Coastal Alliance$/);
    await expect(page.getByTestId("entity-panel").locator(".aliases").innerText()).resolves.toContain("Red Brigade");

    await page.getByTestId("open-corrections").click();
    await expect(decisionKinds()).resolves.toEqual(["reject", "merge"]);
    const panel = page.getByTestId("corrections-panel");
    await expect(panel.getByTestId("decision").first().innerText()).resolves.toMatch(
      /Rejected: Estovia negotiated with Norland[\s\S]*Ana Analyst/,
    );
    await expect(panel.getByTestId("decision").nth(1).innerText()).resolves.toMatch(
      /Red Brigade merged into Coastal Alliance[\s\S]*the same armed group/,
    );
    await panel.getByRole("button", { name: "Undo: Rejected: Estovia negotiated with Norland" }).click();
    await waitUntil(page, `window.__newsgraph.graph.hasEdge(${JSON.stringify(NEGOTIATED)})`);
    await expect(decisionKinds()).resolves.toEqual(["merge"]);

    // The merge is undone too, so the tests after this one see the fixture's Red Brigade again.
    await panel.getByRole("button", { name: "Undo: Red Brigade merged into Coastal Alliance" }).click();
    await waitUntil(page, "window.__newsgraph.graph.hasNode('group-red')");
    await expect(panel.getByText("No corrections yet.").isVisible()).resolves.toBe(true);
  });

  it("renames and retypes an entity from its panel; both hold after a reload", async () => {
    await openExplorer(page, h.server.url);
    await signIn();
    await search("Mara", "Mara Lind");
    const panel = page.getByTestId("entity-panel");
    await panel.getByLabel("New name").fill("Mara Lindqvist");
    await panel.getByRole("button", { name: "Rename" }).click();
    await shows(page, "entity-name", /^Mara Lindqvist$/);
    await waitUntil(page, "window.__newsgraph.graph.getNodeAttribute('actor-mara', 'label') === 'Mara Lindqvist'");

    await panel.getByLabel("Entity type").selectOption("Group");
    await panel.getByLabel("Kind (optional)").fill("movement");
    await panel.getByRole("button", { name: "Retype" }).click();
    await shows(page, "entity-label", /^Group$/);
    await waitUntil(page, "window.__newsgraph.graph.getNodeAttribute('actor-mara', 'nodeLabel') === 'Group'");

    await openExplorer(page, `${h.server.url}/?node=actor-mara`);
    await shows(page, "entity-name", /^Mara Lindqvist$/);
    await shows(page, "entity-label", /^Group$/);
    await expect(panel.innerText()).resolves.toContain("Kind: movement");
    await expect(inPage("window.__newsgraph.graph.getNodeAttribute('actor-mara', 'nodeLabel')")).resolves.toBe("Group");
  });

  it("shows rejected relations on request, marked, as part of the link; undo from the panel", async () => {
    await openExplorer(page, h.server.url);
    await signIn();
    await openRelation("Estov", "Estovia", "NEGOTIATED_WITH");
    await page.getByTestId("edge-reject").click();
    await waitUntil(page, `!window.__newsgraph.graph.hasEdge(${JSON.stringify(NEGOTIATED)})`);

    await page.getByLabel("Show rejected relations").check();
    await waitUntil(page, `window.__newsgraph.graph.hasEdge(${JSON.stringify(NEGOTIATED)})`);
    await waitUntil(page, "window.location.search.includes('rejected=show')");
    await expect(
      inPage(`window.__newsgraph.graph.getEdgeAttribute(${JSON.stringify(NEGOTIATED)}, 'properties').rejected`),
    ).resolves.toBe(true);

    // A link keeps the choice; the relation's panel says who rejected it, and Estovia's lists it marked.
    await openExplorer(page, `${h.server.url}/?rejected=show&node=state-estovia`);
    await expect(page.getByLabel("Show rejected relations").isChecked()).resolves.toBe(true);
    await expect(hasEdge(NEGOTIATED)).resolves.toBe(true);
    await page.getByTestId("entity-panel").getByTestId("relation-rejected").first().waitFor();
    await page
      .getByTestId("entity-panel")
      .locator('[data-relation-type="NEGOTIATED_WITH"]')
      .getByRole("button", { name: "details" })
      .click();
    await shows(page, "edge-rejected", new RegExp(`^rejected by ${AUTHOR} on \\d{4}-\\d{2}-\\d{2}$`));
    await expect(page.getByTestId("edge-reject").count()).resolves.toBe(0);

    await page.getByTestId("open-corrections").click();
    await page
      .getByTestId("corrections-panel")
      .getByRole("button", { name: "Undo: Rejected: Estovia negotiated with Norland" })
      .click();
    await waitUntil(
      page,
      `window.__newsgraph.graph.getEdgeAttribute(${JSON.stringify(NEGOTIATED)}, 'properties').rejected !== true`,
    );
  });

  it("splits an alias off into an entity of its own, listed and undone from the Corrections panel", async () => {
    await openExplorer(page, h.server.url);
    await signIn();
    await search("Norl", "Norland");
    const panel = page.getByTestId("entity-panel");
    await panel.getByRole("button", { name: "Split off “Kingdom of Norland”" }).click();
    await waitUntil(page, "window.__newsgraph.store.get().corrections.decisions?.[0]?.kind === 'split'");
    await panel.getByTestId("alias").waitFor({ state: "detached" });
    const created = (await inPage("window.__newsgraph.store.get().corrections.decisions[0].newEntity")) as string;

    await page.getByTestId("search").fill("Kingdom of Norl");
    await page
      .getByTestId("search-results")
      .locator(".result-name", { hasText: /^Kingdom of Norland$/ })
      .waitFor();

    await page.getByTestId("open-corrections").click();
    const list = page.getByTestId("corrections-panel").getByTestId("decision");
    await expect(list.first().innerText()).resolves.toContain("“Kingdom of Norland” split off Norland");
    await page
      .getByTestId("corrections-panel")
      .getByRole("button", { name: /^Undo: “Kingdom of Norland” split off Norland/ })
      .click();
    await waitUntil(page, "!window.__newsgraph.store.get().corrections.decisions.some((d) => d.kind === 'split')");
    await expect(hasNode(created)).resolves.toBe(false);
    await page.keyboard.press("Escape");
    await openExplorer(page, `${h.server.url}/?node=state-norland`);
    await panel.getByTestId("alias").first().waitFor();
    await expect(panel.getByTestId("alias").allInnerTexts()).resolves.toEqual([
      expect.stringContaining("Kingdom of Norland"),
    ]);
  });

  it("adds a relation by hand with a note and a sentence: marked manual, kept after a reload, undone from the Corrections panel", async () => {
    const added = "group-red|ATTACKED|place-portvell";
    const note = "seen in the harbour police report";
    const sentence = "The Red Brigade shelled the docks of Port Vell on Tuesday.";
    await openExplorer(page, h.server.url);
    await signIn();
    await search("Red Bri", "Red Brigade");
    const panel = page.getByTestId("entity-panel");
    await panel.getByRole("button", { name: "Add relation…" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a relation" });
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await panel.getByRole("button", { name: "Add relation…" }).click();
    await expect(dialog.getByLabel("Relation type").locator("option").allInnerTexts()).resolves.not.toContain(
      "mentioned in",
    );

    // A place cannot be led: Port Vell is refused in words, then taken once the type fits.
    const other = dialog.getByLabel("Other entity");
    const pick = async (text: string, name: string) => {
      await other.fill(text);
      await dialog.getByTestId("add-relation-other-results").getByText(name, { exact: true }).waitFor();
      await other.press("Enter");
    };
    await dialog.getByLabel("Red Brigade is the source").check();
    await dialog.getByLabel("Relation type").selectOption("LEADS");
    await pick("Port V", "Port Vell");
    await shows(
      page,
      "add-relation-problem",
      /^Port Vell \(Place\) cannot be the target of “leads”, which takes: Group, State\.$/,
    );
    await expect(dialog.getByRole("button", { name: "Add relation", exact: true }).isDisabled()).resolves.toBe(true);
    await dialog.getByLabel("Relation type").selectOption("ATTACKED");
    await pick("Port V", "Port Vell");
    await shows(page, "add-relation-other-chosen", /^Red Brigade attacked Port Vell$/);
    await dialog.getByLabel("Note (optional)").fill(note);
    await dialog.getByLabel("Evidence sentence (optional)").fill(sentence);
    await dialog.getByRole("button", { name: "Add relation", exact: true }).click();
    await waitUntil(page, `window.__newsgraph.graph.hasEdge(${JSON.stringify(added)})`);
    await expect(
      inPage(`window.__newsgraph.graph.getEdgeAttribute(${JSON.stringify(added)}, 'properties').manual`),
    ).resolves.toBe(true);
    await dialog.waitFor({ state: "hidden" });

    // Red Brigade's own relation to Port Vell, not Estovia's attack whose sentence names the port.
    const toPort = (within: typeof panel) =>
      within
        .locator('[data-relation-type="ATTACKED"]')
        .filter({ has: page.getByRole("link", { name: "Port Vell", exact: true }) });
    const item = toPort(panel);
    await expect(item.innerText()).resolves.toContain("manual");
    await item.getByRole("button", { name: "details" }).click();
    await page.getByTestId("edge-manual").waitFor();
    await shows(page, "edge-manual-by", new RegExp(`^Added by hand: ${AUTHOR} on \\d{4}-\\d{2}-\\d{2}$`));
    await shows(page, "edge-manual-note", new RegExp(`^Note: ${note}$`));
    await shows(page, "edge-manual-evidence", new RegExp(`^${sentence}$`));
    // No article reported it, so it is not flagged as single-source news.
    await expect(page.getByTestId("edge-single-source").count()).resolves.toBe(0);

    await openExplorer(page, `${h.server.url}/?node=group-red`);
    await expect(hasEdge(added)).resolves.toBe(true);
    await expect(toPort(page.getByTestId("entity-panel")).innerText()).resolves.toContain("manual");

    await page.getByTestId("open-corrections").click();
    const list = page.getByTestId("corrections-panel");
    await expect(list.getByTestId("decision").first().innerText()).resolves.toMatch(
      new RegExp(`Added: Red Brigade attacked Port Vell[\\s\\S]*${note}`),
    );
    await list.getByRole("button", { name: "Undo: Added: Red Brigade attacked Port Vell" }).click();
    await waitUntil(page, `!window.__newsgraph.graph.hasEdge(${JSON.stringify(added)})`);
    await waitUntil(page, "!window.__newsgraph.store.get().corrections.decisions.some((d) => d.kind === 'add')");
    await expect(list.locator('[data-testid="decision"][data-kind="add"]').count()).resolves.toBe(0);
  });

  it("says in the server's words why a relation was refused: its other end was retyped on another page meanwhile", async () => {
    await openExplorer(page, `${h.server.url}/?node=group-red`);
    await signIn();
    await page.getByTestId("entity-panel").getByRole("button", { name: "Add relation…" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a relation" });
    await dialog.getByLabel("Relation type").selectOption("LEADS");
    await dialog.getByLabel("Other entity").fill("Coastal");
    await dialog.getByTestId("add-relation-other-results").getByText("Coastal Alliance", { exact: true }).click();
    await shows(page, "add-relation-other-chosen", /^Red Brigade leads Coastal Alliance$/);

    const other = await h.browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await openExplorer(other, `${h.server.url}/?node=group-coastal`);
      await other.getByTestId("open-corrections").click();
      await other.getByLabel("Your name").fill("Ben");
      await other.getByLabel("Your name").press("Tab");
      await other.keyboard.press("Escape");
      await other.getByTestId("entity-panel").getByLabel("Entity type").selectOption("Place");
      await other.getByTestId("entity-panel").getByRole("button", { name: "Retype" }).click();
      await shows(other, "entity-label", /^Place$/);

      await dialog.getByRole("button", { name: "Add relation", exact: true }).click();
      await shows(page, "add-relation-status", /^LEADS joins a .+ to a Group\/State, not a Group to a Place$/);
      await expect(dialog.isVisible()).resolves.toBe(true);
      await expect(hasEdge("group-red|LEADS|group-coastal")).resolves.toBe(false);

      // Coastal Alliance is a group again for the tests after this one.
      await other.getByTestId("open-corrections").click();
      await other
        .getByTestId("corrections-panel")
        .getByRole("button", { name: "Undo: Coastal Alliance is now Place" })
        .click();
      await shows(other, "entity-label", /^Group$/);
    } finally {
      await other.close();
    }
  });

  it("lists possible duplicates with their reasons; Dismiss and Merge each end a suggestion, undo brings one back", async () => {
    // A second spelling of Estovia arrives with a new article: the pair the suggestions should offer.
    await writeExtraction(h.driver, h.config.NEO4J_DATABASE, misspelledEstovia(), { force: true });
    await openExplorer(page, h.server.url);
    await signIn();
    await page.getByTestId("open-corrections").click();
    const panel = page.getByTestId("corrections-panel");
    const pair = panel.getByRole("listitem", { name: "Estovia and Estovya" });
    await expect(pair.innerText()).resolves.toMatch(/similar names \(\d+%\)/);

    await pair.getByRole("button", { name: "Not duplicates: Estovia and Estovya" }).click();
    await pair.waitFor({ state: "detached" });
    await expect(panel.getByTestId("decision").first().innerText()).resolves.toContain(
      "Estovia and Estovya are not the same",
    );
    await panel.getByRole("button", { name: "Undo: Estovia and Estovya are not the same" }).click();
    await pair.waitFor();

    await pair.getByRole("button", { name: "Merge Estovya into Estovia" }).click();
    await pair.waitFor({ state: "detached" });
    await expect(panel.getByTestId("decision").first().innerText()).resolves.toContain("Estovya merged into Estovia");
    await expect(hasNode("state-estovya")).resolves.toBe(false);
  });

  it("exports the decisions as a JSON file and imports one, saying what was imported and skipped", async () => {
    await openExplorer(page, h.server.url);
    await page.getByTestId("open-corrections").click();
    const panel = page.getByTestId("corrections-panel");
    await panel.getByTestId("decision").first().waitFor();
    const listed = await panel.getByTestId("decision").count();

    const downloading = page.waitForEvent("download");
    await panel.getByRole("button", { name: "Export" }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe("newsgraph-decisions.json");
    const text = readFileSync((await file.path())!, "utf8");
    const exported = JSON.parse(text) as { decisions: { id: string }[] };
    expect(exported.decisions).toHaveLength(listed);

    const picker = panel.getByLabel("Decisions file to import");
    await picker.setInputFiles({ name: "decisions.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await shows(page, "corrections-status", new RegExp(`^Imported 0 decisions, skipped ${listed} already stored\\.$`));
    await picker.setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("[1, 2]") });
    await shows(page, "corrections-status", /^Not a decisions file/);
    await expect(panel.getByTestId("decision").count()).resolves.toBe(listed);
  });

  it("says in the server's words why a correction was refused: a page that missed another's split", async () => {
    await openExplorer(page, `${h.server.url}/?node=actor-mara`);
    await signIn();
    const stale = page.getByTestId("entity-panel").getByRole("button", { name: "Split off “Lind”" });
    await stale.waitFor();

    const other = await h.browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await openExplorer(other, `${h.server.url}/?node=actor-mara`);
      await other.getByTestId("open-corrections").click();
      await other.getByLabel("Your name").fill("Ben");
      await other.getByLabel("Your name").press("Tab");
      await other.keyboard.press("Escape");
      await other.getByTestId("entity-panel").getByRole("button", { name: "Split off “Lind”" }).click();
      await other.getByTestId("entity-panel").getByTestId("alias").waitFor({ state: "detached" });

      await stale.click();
      await shows(page, "toast", /^"Lind" is not an alias of actor-mara/);
      await page.getByTestId("open-corrections").click();
      await shows(page, "corrections-status", /^"Lind" is not an alias of actor-mara/);
      await expect(page.getByTestId("corrections-status").innerText()).resolves.not.toMatch(/[{}]|status|Error/);
    } finally {
      await other.close();
    }
  });
});

/** One more article naming Estovia with a typo, extracted as an entity of its own. */
function misspelledEstovia(): Extraction {
  const text = "Estovya closed its northern border on Monday.";
  return {
    articles: [
      {
        id: "art-typo",
        title: "Border closed",
        source: "Coast Daily",
        date: "2024-05-02",
        authors: ["Desk"],
        text,
        contentHash: "hash-art-typo",
      },
    ],
    entities: [{ id: "state-estovya", name: "Estovya", type: "State", aliases: [] }],
    relations: [],
    mentions: [{ entity: "state-estovya", article: "art-typo", start: 0, end: "Estovya".length }],
  };
}
