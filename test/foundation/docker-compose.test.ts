import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { ConfigSchema, loadConfig } from "../../config";

const ROOT = path.resolve(__dirname, "../..");
const compose = parse(readFileSync(path.join(ROOT, "docker-compose.yml"), "utf8"));
const envExample = readFileSync(path.join(ROOT, ".env.example"), "utf8");

/** No Docker engine runs in CI, so the compose file is checked against the app's own configuration. */
describe("docker-compose.yml", () => {
  const neo4j = compose.services.neo4j;
  const app = compose.services.app;

  it("pins a Neo4j 5.26 Community image with a health check and a named volume", () => {
    expect(neo4j.image).toMatch(/^neo4j:5\.26\.\d+-community$/);
    expect(neo4j.healthcheck.test.join(" ")).toContain("cypher-shell");
    const [volume] = neo4j.volumes[0].split(":");
    expect(Object.keys(compose.volumes)).toContain(volume);
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
  });

  it("points the app at the neo4j service's bolt port, after it is healthy", () => {
    const boltPorts = neo4j.ports.map((p: string) => p.split(":").pop());
    const uri = new URL(app.environment.NEO4J_URI);
    expect(uri.hostname).toBe("neo4j");
    expect(boltPorts).toContain(uri.port);
    expect(app.depends_on.neo4j.condition).toBe("service_healthy");
    expect(app.build).toBe(".");
  });

  it("builds CoreNLP from the launcher's own pom and points the app at it, after it is healthy", () => {
    const corenlp = compose.services.corenlp;
    expect(corenlp.build).toBe("tools/local-corenlp");
    expect(readFileSync(path.join(ROOT, corenlp.build, "Dockerfile"), "utf8")).toMatch(/COPY pom\.xml/);
    expect(corenlp.healthcheck.test.join(" ")).toContain("/ready");
    const uri = new URL(app.environment.CORENLP_URL);
    expect(uri.hostname).toBe("corenlp");
    expect(corenlp.ports.map((p: string) => p.split(":").pop())).toContain(uri.port);
    expect(app.depends_on.corenlp.condition).toBe("service_healthy");
  });

  it("gives the app only variables its configuration knows, and valid values", () => {
    const known = Object.keys(ConfigSchema.shape);
    for (const name of Object.keys(app.environment)) expect(known).toContain(name);
    const resolved = Object.fromEntries(
      Object.entries(app.environment as Record<string, string>).map(([k, v]) => [
        k,
        v.replace(/\$\{[A-Z0-9_]+:-([^}]*)\}/, "$1"),
      ]),
    );
    const config = loadConfig(resolved);
    expect(app.ports).toContain(`127.0.0.1:${config.PORT}:${config.PORT}`);
    expect(config.NEO4J_PASSWORD).toBe(loadConfig({}).NEO4J_PASSWORD);
  });

  it("has every configuration variable listed in .env.example", () => {
    for (const name of Object.keys(ConfigSchema.shape)) expect(envExample).toMatch(new RegExp(`^${name}=`, "m"));
  });
});
