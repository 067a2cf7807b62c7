// The worker's workflow contexts keep the stack frames it is configured with
// (each promise a workflow makes captures a stack trace: fewer frames, less
// CPU per activation), and the worker's own code keeps V8's default. The
// frames name the workflow's TypeScript sources, which the bundle's source map
// maps without carrying their text (libs/temporal/bundle.ts).
import { withWorkflowStackFrames } from '../../libs/temporal/stack-frames';
import { caseWorkflow, stateQuery } from '../../workflows/case.workflow';
import { workflowBundle } from '../support/temporal';
import { caseInput, onDevServer } from './harness';

/** The frames of each stack the "stack trace" query shows for a case waiting on its first steps. */
const pendingStacks = (frames: number): Promise<number[]> =>
  onDevServer(
    async ({ client, taskQueue }) => {
      const input = caseInput();
      const handle = await client.workflow.start(caseWorkflow, { taskQueue, workflowId: `case-${input.caseId}`, args: [input] });
      await handle.query(stateQuery);
      const trace: string = await handle.query('__stack_trace');
      // mapped back to the workflow's own TypeScript (the bundle's map has no sources' text, every mapping)
      expect(trace).toMatch(/workflows\/[\w/.-]+\.ts:\d+:\d+/);
      return trace.split('\n\n').map((stack) => stack.split('\n').filter((line) => /^\s+at /.test(line)).length);
    },
    (create) => withWorkflowStackFrames(frames, create),
  );

test('workflow stack traces keep the frames the worker is made with; its own code keeps the default', async () => {
  const processDefault = Error.stackTraceLimit;
  const full = await pendingStacks(10);
  expect(full.length).toBeGreaterThan(0);
  expect(Math.max(...full)).toBeGreaterThan(3);

  const short = await pendingStacks(3);
  expect(short.length).toBeGreaterThan(0);
  expect(Math.max(...short)).toBeLessThanOrEqual(3);
  expect(Math.min(...short)).toBeGreaterThan(0);

  expect(Error.stackTraceLimit).toBe(processDefault);
  const deep = (n: number): string => (n === 0 ? new Error('here').stack! : deep(n - 1));
  expect(deep(6).split('\n').filter((line) => /^\s+at /.test(line)).length).toBeGreaterThan(6);
});

test("the bundle's source map maps every workflow module without carrying its text", () => {
  const { code } = workflowBundle();
  const inline = /\/\/# sourceMappingURL=data:application\/json;(?:charset=utf-8;)?base64,(\S+)\s*$/.exec(code);
  expect(inline).not.toBeNull();
  const map = JSON.parse(Buffer.from(inline![1], 'base64').toString('utf8')) as { sources: string[]; sourcesContent?: unknown; mappings: string };
  expect(map.sources.some((s) => s.endsWith('workflows/case.workflow.ts'))).toBe(true);
  expect(map.mappings.length).toBeGreaterThan(10_000);
  expect(map.sourcesContent).toBeUndefined();
});
