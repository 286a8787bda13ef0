import { ConfigError, loadConfig, neo4jUri } from "../../config";

describe("configuration", () => {
  it("has defaults for local use", () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(neo4jUri(config)).toBe("bolt://127.0.0.1:7687");
  });

  it("uses NEO4J_URI when set, and treats empty strings as unset", () => {
    expect(neo4jUri(loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io" }))).toBe(
      "neo4j+s://abc.databases.neo4j.io",
    );
    expect(neo4jUri(loadConfig({ NEO4J_URI: "" }))).toBe("bolt://127.0.0.1:7687");
  });

  it("has the security settings' defaults, and refuses a short INGEST_TOKEN", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      INGEST_TOKEN_FILE: ".data/ingest-token",
      CYPHER_MAX_CONCURRENT: 4,
      INGEST_QUEUE_LIMIT: 4,
      INGEST_RATE_LIMIT_PER_MINUTE: 20,
    });
    expect(config.INGEST_TOKEN).toBeUndefined();
    expect(() => loadConfig({ INGEST_TOKEN: "secret" })).toThrow(/INGEST_TOKEN must have at least 16 characters/);
    expect(() => loadConfig({ BODY_LIMIT: "lots" })).toThrow(/BODY_LIMIT/);
  });

  it("names the variable that is wrong", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => loadConfig({ NEO4J_PASSWORD: "short" })).toThrow(/NEO4J_PASSWORD/);
  });
});
