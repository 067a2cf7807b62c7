// One jest run for unit, workflow and integration tests. Workflow code is
// bundled once per run (test/support/global-setup.ts) and shared servers are
// started there too, so each test file only attaches to them.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/libs', '<rootDir>/workflows', '<rootDir>/activities', '<rootDir>/apps', '<rootDir>/test', '<rootDir>/prisma'],
  // the console's component tests are .spec.tsx files that choose jsdom in their docblock
  testMatch: ['**/*.spec.ts', '**/*.test.ts', '**/apps/console/**/*.spec.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.data/'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
    '^.+\\.tsx$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  setupFiles: ['<rootDir>/test/support/quiet-runtime.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60_000,
  // One fresh process per test file (run serially with --maxWorkers=1): the
  // Temporal native runtime is per process, and a file's leftovers (a
  // time-skipping server's pending calls) must not stall the next file.
  workerIdleMemoryLimit: '1MB',
  forceExit: true,
};
