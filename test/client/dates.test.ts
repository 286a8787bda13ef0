import { dateEnd, dateStart, monthsBetween, overlapsRange } from "../../client/src/graph";

describe("partial dates", () => {
  it("expands a year or a month to the days it covers", () => {
    expect([dateStart("2024"), dateEnd("2024")]).toEqual(["2024-01-01", "2024-12-31"]);
    expect([dateStart("2024-02"), dateEnd("2024-02")]).toEqual(["2024-02-01", "2024-02-31"]);
    expect(dateStart("2024-02-09T10:00:00Z")).toBe("2024-02-09");
  });

  it("treats a coarse date as overlapping any range it touches", () => {
    expect(overlapsRange("2024", "2024", "2024-06", "2024-07")).toBe(true);
    expect(overlapsRange("2023-12-31", "2023-12-31", "2024")).toBe(false);
    expect(overlapsRange("2024-05-01", "2024-05-01", undefined, "2024-04")).toBe(false);
    expect(overlapsRange("2024-05-01", "2024-05-01")).toBe(true);
  });

  it("lists the months of the time slider across a year boundary", () => {
    expect(monthsBetween("2023-11-20", "2024-02")).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
    expect(monthsBetween("2024", "2024")).toEqual(["2024-01"]);
  });
});
