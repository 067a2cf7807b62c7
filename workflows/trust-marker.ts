// What the worker's payload codec hands to a workflow in place of a payload it
// cannot authenticate (plaintext, tampered, or under a key it does not hold):
// a fixed value that no update validator accepts and every signal handler is
// spared (trust.interceptors.ts). Pure: imported by the codec and the workflows.

/** The only key of the marker value: `{ "masar.unauthenticated": "<why>" }`. */
export const UNAUTHENTICATED = 'masar.unauthenticated';

export function isUnauthenticated(value: unknown): boolean {
  return !!value && typeof value === 'object' && !Array.isArray(value) && UNAUTHENTICATED in value;
}

/** Whether any argument of a message stands for a refused payload. */
export function carriesUnauthenticated(args: readonly unknown[] | undefined): boolean {
  return (args ?? []).some(isUnauthenticated);
}
