/** `npm run test:fast`: the suites that need no Neo4j and no browser, for the edit–test loop. */
const base = require("./jest.config");
const { fastSuites } = require("./test/support/suite-tiers");

module.exports = {
  ...base,
  testMatch: undefined,
  testRegex: fastSuites().map((file) => `^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`),
  globalSetup: "<rootDir>/test/support/fast-setup.ts",
  // Nothing here shares a database, so suites may run side by side.
  maxWorkers: 2,
};
