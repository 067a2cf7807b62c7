// How many frames a workflow's stack traces keep. The SDK's promise hook
// captures a stack trace for every promise workflow code creates (for the
// "stack trace" query of the Temporal UI): it builds an Error, formats each
// frame and looks it up in the bundle's source map. At V8's default of 10
// frames, a third of a replay's CPU went there (a 376-event history: 202 ms
// of CPU at 10 frames, 171 at 4, 140 at none); a pathway woken from outside
// the worker's cache replays its run before it acts.
//
// The workflow contexts are frozen, so their Error.stackTraceLimit cannot be
// set from workflow code; it is V8's --stack-trace-limit when the context is
// made. The flag is set while the worker makes its workflow threads (each
// makes its one reusable context then) and put back after, so the worker's
// own code (activities, logs) keeps its full stack traces.
import v8 from 'node:v8';

export async function withWorkflowStackFrames<T>(frames: number, create: () => Promise<T>): Promise<T> {
  const before = Error.stackTraceLimit;
  v8.setFlagsFromString(`--stack-trace-limit=${frames}`);
  try {
    return await create();
  } finally {
    v8.setFlagsFromString(`--stack-trace-limit=${before}`);
  }
}
