import { buildLuceneQuery, escapeLucene } from "../../server/search";

describe("the search query builder", () => {
  it("escapes every Lucene special character", () => {
    const special = '+-&|!(){}[]^"~*?:\\/';
    expect(escapeLucene(special)).toBe([...special].map((c) => `\\${c}`).join(""));
    expect(escapeLucene("a&&b||c")).toBe("a\\&\\&b\\|\\|c");
  });

  it("makes each word exact, prefix or fuzzy, and all words required", () => {
    expect(buildLuceneQuery("Hezbolah")).toBe("(hezbolah^4 OR hezbolah*^2 OR hezbolah~2)");
    expect(buildLuceneQuery("Iran")).toBe("(iran^4 OR iran*^2 OR iran~1)");
    expect(buildLuceneQuery("US navy")).toBe("(us^4 OR us*^2) AND (navy^4 OR navy*^2 OR navy~1)");
  });

  it("keeps only letters and digits of the input, so no syntax reaches the parser", () => {
    expect(buildLuceneQuery('Iran" OR name:*')).toBe(
      "(iran^4 OR iran*^2 OR iran~1) AND (or^4 OR or*^2) AND (name^4 OR name*^2 OR name~1)",
    );
    expect(buildLuceneQuery("al-Qaeda")).toBe("(al^4 OR al*^2) AND (qaeda^4 OR qaeda*^2 OR qaeda~1)");
    expect(buildLuceneQuery("Zürich")).toBe("(zürich^4 OR zürich*^2 OR zürich~2)");
    expect(buildLuceneQuery("*** ~~ \\")).toBeUndefined();
  });
});
