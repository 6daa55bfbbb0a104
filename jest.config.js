/**
 * The suite in three projects, by what a test costs:
 *   unit         no Neo4j at all (the setup file hides the suite's connection), seconds in all
 *   integration  the shared throwaway Neo4j that test/support/global-setup.ts starts (also the
 *                dashboard's browser tests in test/browser)
 *   outage       tests that stop, restart or fail Neo4j under a running API, or need a database to
 *                themselves: ONE private throwaway Neo4j of their own, one file at a time
 * `npm test` runs all three; `npm run test:unit|test:integration|test:outage` one of them.
 */
const common = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest'],
    // jose ships ES modules only; compile it to CommonJS for Jest's module system.
    '^.+/node_modules/jose/.+\\.js$': ['@swc/jest', { module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
};

/** @type {import('jest').Config} */
module.exports = {
  maxWorkers: 2,
  // A run-wide setting (jest ignores it per project); long outage tests set their own.
  testTimeout: 120_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      roots: ['<rootDir>/test/unit'],
      testMatch: ['**/*.test.ts'],
      setupFiles: ['reflect-metadata', '<rootDir>/test/support/no-neo4j.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      // The dashboard's browser tests use the same throwaway Neo4j and a real server.
      roots: ['<rootDir>/test/integration', '<rootDir>/test/browser'],
      testMatch: ['**/*.test.ts'],
      setupFiles: ['reflect-metadata'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      ...common,
      displayName: 'outage',
      roots: ['<rootDir>/test/outage'],
      testMatch: ['**/*.test.ts'],
      setupFiles: ['reflect-metadata', '<rootDir>/test/support/outage-env.ts'],
      globalSetup: '<rootDir>/test/support/outage-global-setup.ts',
      globalTeardown: '<rootDir>/test/support/outage-global-teardown.ts',
      // They take the shared private Neo4j down in turn: one file at a time, never beside the other projects.
      runner: '<rootDir>/test/support/serial-runner.ts',
    },
  ],
};
