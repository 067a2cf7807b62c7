// Lint: typescript-eslint's recommended rules, plus the rule that keeps
// workflow code deterministic: no Node built-ins, NestJS, Prisma, BullMQ,
// nodemailer or database clients under workflows/, and activities only as types;
// and patched() only through since() (workflows/patches.ts).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const forbiddenInWorkflows = [
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  '@nestjs/*',
  '@prisma/*',
  'prisma',
  'bullmq',
  'nodemailer',
  'ioredis',
  'pg',
  'smpp',
  '@temporalio/client',
  '@temporalio/worker',
  '@temporalio/activity',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', '.tools/', 'prisma/generated/', 'coverage/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', TextEncoder: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['workflows/**/*.ts'],
    ignores: ['workflows/**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            ...forbiddenInWorkflows.filter((m) => !m.includes('*')).map((name) => ({ name, message: 'workflow code must stay deterministic: do this in an activity' })),
            { name: '@temporalio/workflow', importNames: ['patched', 'deprecatePatch'], message: 'ask whether a run takes a change with since() (workflows/patches.ts)' },
          ],
          patterns: [
            { group: ['@nestjs/*', '@prisma/*', '**/prisma/generated/**', '**/libs/db/**', '**/apps/**'], message: 'workflow code must stay deterministic: do this in an activity' },
            { group: ['**/activities', '**/activities/**'], allowTypeImports: true, message: 'import activities as types only (proxyActivities)' },
          ],
        },
      ],
    },
  },
);
