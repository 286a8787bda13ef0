import { DEFAULT_FILTERS } from "../../client/src/graph";
import { decodeUrlState, encodeUrlState, type UrlState } from "../../client/src/state/url-state";

const base: UrlState = { focus: null, filters: DEFAULT_FILTERS, query: null, colorMode: "label" };

describe("URL state", () => {
  it("keeps a default view's link bare", () => {
    expect(encodeUrlState(base)).toBe("");
    expect(decodeUrlState("")).toEqual(base);
  });

  it("round-trips the focused node, filters, colour mode and query", () => {
    const state: UrlState = {
      focus: "state-norland",
      filters: { labels: ["State", "Group"], types: ["ATTACKED", "BACKS"], minDegree: 2, from: "2024-01", to: "2024-06-30", source: "Harbour Times", article: "art-1" },
      query: "MATCH (n) RETURN n LIMIT 5",
      colorMode: "community",
    };
    const encoded = encodeUrlState(state);
    expect(encoded).toContain("node=state-norland");
    expect(decodeUrlState(encoded)).toEqual(state);
  });

  it("ignores unknown labels and types, bad dates and nonsense degrees", () => {
    const decoded = decodeUrlState("?labels=State,Spaceship&types=BACKS,DROP_TABLE&from=last-week&to=2024-13-99x&minDegree=-3&color=rainbow");
    expect(decoded.filters.labels).toEqual(["State"]);
    expect(decoded.filters.types).toEqual(["BACKS"]);
    expect(decoded.filters.from).toBeUndefined();
    expect(decoded.filters.to).toBeUndefined();
    expect(decoded.filters.minDegree).toBe(0);
    expect(decoded.colorMode).toBe("label");
  });

  it("keeps an explicitly empty label list as 'show none'", () => {
    expect(decodeUrlState("?labels=").filters.labels).toEqual([]);
    expect(encodeUrlState({ ...base, filters: { ...DEFAULT_FILTERS, labels: [] } })).toBe("?labels=");
  });

  it("encodes characters that would break the query string", () => {
    const state: UrlState = { ...base, focus: "a&b=c", query: "MATCH (n {name: 'x&y'}) RETURN n" };
    expect(decodeUrlState(encodeUrlState(state))).toEqual(state);
  });
});
