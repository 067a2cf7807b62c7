// The stage table and the README's stage diagram say the same thing: the
// diagram (section "The pathway") is drawn by hand, and this test fails when
// an edge is in one and not in the other.
import fs from 'node:fs';
import path from 'node:path';
import { STAGES, type Stage } from './pathway';
import { canMove, LEGACY_STAGE_MOVES, STAGE_MOVES, stageMoves, stageRefusal } from './stages';

/** The edges of the first mermaid stateDiagram under "## The pathway", without [*]. */
function diagramEdges(): string[] {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## The pathway'));
  const block = /```mermaid\n(stateDiagram-v2\n[\s\S]*?)```/.exec(section);
  if (!block) throw new Error('no stateDiagram-v2 under "## The pathway" in README.md');
  return block[1]
    .split('\n')
    .map((line) => /^\s*(\[\*\]|\w+)\s*-->\s*(\[\*\]|\w+)\s*(?::.*)?$/.exec(line))
    .filter((e): e is RegExpExecArray => e !== null && e[1] !== '[*]' && e[2] !== '[*]')
    .map((e) => `${e[1]} --> ${e[2]}`);
}

test('the README diagram draws exactly the moves of the stage table', () => {
  const drawn = diagramEdges();
  const table = stageMoves().map(([from, to]) => `${from} --> ${to}`);
  expect(new Set(drawn).size).toBe(drawn.length); // no edge drawn twice
  expect([...drawn].sort()).toEqual([...table].sort());
});

test('the table names every stage, and no stage moves to itself', () => {
  expect(Object.keys(STAGE_MOVES).sort()).toEqual([...STAGES].sort());
  for (const [from, to] of stageMoves()) expect(from).not.toBe(to);
});

test('an integration is recorded while the care plan runs, not during the assessment', () => {
  expect(canMove('REFERRALS', 'INTEGRATION')).toBe(true);
  expect(canMove('FOLLOW_UP', 'INTEGRATION')).toBe(true);
  expect(canMove('INTEGRATION', 'INTEGRATION')).toBe(true); // staying is no move
  expect(canMove('ASSESSMENT', 'INTEGRATION')).toBe(false);
  expect(stageRefusal('ASSESSMENT', 'INTEGRATION')).toBe(
    'the case is in ASSESSMENT: the pathway does not go from ASSESSMENT to INTEGRATION (only to CARE_PLAN, AFTER_CARE, CLOSED, MERGED)',
  );
  expect(stageRefusal('FOLLOW_UP', 'INTEGRATION')).toBeNull();
});

test('moves older rules allowed are not moves of the table', () => {
  for (const [from, to] of LEGACY_STAGE_MOVES) expect(canMove(from as Stage, to as Stage)).toBe(false);
});

test('a duplicate is merged from any stage where work is under way, and only an unmerge leaves MERGED', () => {
  for (const from of ['REPORTED', 'URGENT_PROTECTION', 'ASSESSMENT', 'CARE_PLAN', 'REFERRALS', 'FOLLOW_UP', 'INTEGRATION', 'AFTER_CARE'] as Stage[]) {
    expect([from, canMove(from, 'MERGED')]).toEqual([from, true]);
  }
  expect(canMove('CLOSED', 'MERGED')).toBe(false);
  expect(STAGE_MOVES.MERGED).toEqual(['REPORTED']);
  expect(stageRefusal('MERGED', 'ASSESSMENT')).toBe('the case is in MERGED: the pathway does not go from MERGED to ASSESSMENT (only to REPORTED)');
});
