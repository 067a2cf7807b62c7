// The domain modules the bundle preloads (libs/temporal/bundle.ts) are
// evaluated once per worker and shared by every workflow of its V8 context. A
// shared module must hold no state of its own: a Map or a `let` at its top
// level would carry one pathway's values into another's replay. The SDK
// deep-freezes the shared modules' exports, but not a Map's entries nor a
// module's inner variables: this test checks the sources.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { PRELOADED_DOMAIN_MODULES } from '../../libs/temporal/bundle';
import { workflowBundle } from '../support/temporal';

const DOMAIN = path.resolve(__dirname, '..', '..', 'libs', 'domain');
const PRELOADED = new Set<string>(PRELOADED_DOMAIN_MODULES);
/** Containers a freeze does not close, and values that differ between workflows. */
const FORBIDDEN_NEW = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef', 'Date']);

/** What makes a module unfit to be shared; `name` is its path under libs/domain, without extension. */
function impurities(name: string, source: string): string[] {
  const file = ts.createSourceFile(`${name}.ts`, source, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const where = (node: ts.Node) => `${name}.ts:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const imported = (specifier: ts.Expression, node: ts.Node) => {
    const target = (specifier as ts.StringLiteral).text;
    const resolved = target.startsWith('.') ? path.posix.join(path.posix.dirname(name), target) : target;
    if (!PRELOADED.has(resolved)) found.push(`${where(node)} imports ${target}, which is not preloaded`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && FORBIDDEN_NEW.has(node.expression.text)) {
      found.push(`${where(node)} creates a ${node.expression.text} at load`);
    }
    if (ts.isPropertyAccessExpression(node) && node.getText() === 'Math.random') found.push(`${where(node)} reads Math.random`);
    ts.forEachChild(node, visit);
  };
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) {
      if (!statement.importClause?.isTypeOnly) imported(statement.moduleSpecifier, statement);
    } else if (ts.isExportDeclaration(statement)) {
      if (statement.moduleSpecifier && !statement.isTypeOnly) imported(statement.moduleSpecifier, statement);
    } else if (ts.isVariableStatement(statement)) {
      if (!(statement.declarationList.flags & ts.NodeFlags.Const)) found.push(`${where(statement)} declares a variable that can change`);
      visit(statement);
    } else if (ts.isClassDeclaration(statement)) {
      // a class is shared as a function; a static field would be shared state
      const statics = statement.members.filter((m) => !ts.isMethodDeclaration(m) && ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static);
      if (statics.length > 0) found.push(`${where(statement)} declares a class with static state`);
    } else if (ts.isExpressionStatement(statement)) {
      found.push(`${where(statement)} runs code at load`);
    }
  }
  return found;
}

test('every domain module the workflows import is preloaded, and only those', () => {
  const { code } = workflowBundle();
  const inBundle = [...code.matchAll(/^\/\*\*\*\/ "\.\/libs\/domain\/([\w/-]+)\.ts"/gm)].map((m) => m[1]);
  expect(inBundle.length).toBeGreaterThan(5);
  expect([...inBundle].sort()).toEqual([...PRELOADED_DOMAIN_MODULES].sort());

  const hook = /preloadModules = function preloadModules\(\) \{([^}]*)\}/.exec(code);
  expect(hook).not.toBeNull();
  const required = [...hook![1].matchAll(/"\.\/libs\/domain\/([\w/-]+)\.ts"\)/g)].map((m) => m[1]);
  expect(required.sort()).toEqual([...PRELOADED_DOMAIN_MODULES].sort());
});

test('each preloaded module holds no state of its own and imports only preloaded modules', () => {
  for (const name of PRELOADED_DOMAIN_MODULES) {
    expect(impurities(name, fs.readFileSync(path.join(DOMAIN, `${name}.ts`), 'utf8'))).toEqual([]);
  }
});

test('the check finds what would leak between workflows', () => {
  const source = [
    "import type { Stage } from './pathway';",
    "import { STEPS } from './steps';",
    "import { proxyActivities } from '@temporalio/workflow';",
    "import { caseWorkflowId } from '../ids';",
    'let counter = 0;',
    'const SEEN = new Set<string>();',
    'export const BORN = { at: new Date() };',
    'export const ROLL = () => Math.random();',
    'register(STEPS);',
    'export class Tally { static count = 0; }',
    'export class Refused extends Error {}',
    'export const fine = (s: Stage) => s;',
  ].join('\n');
  expect(impurities('templates/example', source)).toEqual([
    'templates/example.ts:2 imports ./steps, which is not preloaded',
    'templates/example.ts:3 imports @temporalio/workflow, which is not preloaded',
    'templates/example.ts:5 declares a variable that can change',
    'templates/example.ts:6 creates a Set at load',
    'templates/example.ts:7 creates a Date at load',
    'templates/example.ts:8 reads Math.random',
    'templates/example.ts:9 runs code at load',
    'templates/example.ts:10 declares a class with static state',
  ]);
});
