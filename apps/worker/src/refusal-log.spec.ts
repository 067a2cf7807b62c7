import { Writable } from 'node:stream';
import { createLog } from '../../../libs/observability/log';
import { logRefusal } from './refusal-log';

test('a refused payload is one structured line with the workflow and the reason, nothing the payload said', () => {
  const lines: string[] = [];
  const out = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
  const log = createLog('worker', { LOG_LEVEL: 'info' }, out);
  logRefusal(log)({ reason: 'unknown-key', why: 'no codec key with id "Salma Bennani, 9 ans" is configured' }, { type: 'workflow', namespace: 'default', workflowId: 'case-1' });
  expect(lines).toHaveLength(1);
  const line = JSON.parse(lines[0]);
  expect(line).toMatchObject({ level: 'warn', service: 'worker', msg: 'refused an unauthenticated payload', workflowId: 'case-1', reason: 'unknown-key' });
  expect(lines[0]).not.toContain('Salma');
});
