/** Integration suites share one Neo4j database (Community has one user database), so files run one at a time. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      { jsc: { target: "es2022", parser: { syntax: "typescript" } }, module: { type: "commonjs" } },
    ],
  },
  // sigma and linkedom's HTML stack ship ES modules only; jest runs CommonJS, so they are transformed too.
  transformIgnorePatterns: [
    "/node_modules/(?!(sigma|graphology-gexf|graphology-graphml|css-select|css-what|boolbase|domutils|nth-check|domhandler|domelementtype|entities|dom-serializer|htmlparser2|cssomnom)/)",
  ],
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
  maxWorkers: 1,
  testTimeout: 60000,
  verbose: false,
};
