// Fault tests alone (`npm run test:faults`): real processes killed and
// services taken away. `npm test` runs the gentler ones too (*.test.ts, about
// 90 s); the harder ones (*.fault.ts: SIGKILL inside writes, Temporal killed,
// a real Redis restarted, PostgreSQL cut for the worker and the notifier,
// about 3 min) run only here, and CI runs them after `npm test`.
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ['<rootDir>/test/faults'],
  testMatch: ['**/*.test.ts', '**/*.fault.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 120_000,
};
