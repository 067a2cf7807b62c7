// Fault tests alone (`npm run test:faults`): real processes killed and
// services taken away. `npm test` runs them too (about 90 s).
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = { ...base, roots: ['<rootDir>/test/faults'], testPathIgnorePatterns: ['/node_modules/'], testTimeout: 120_000 };
