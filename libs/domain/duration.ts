// ISO-8601 durations (PnYnMnWnDTnHnMnS) as milliseconds. Policies are stored
// as durations so a committee can write "PT4H" or, for demos and tests, "PT5S".
// Years and months are taken as 365 and 30 days: deadlines, not calendar dates.

const PATTERN =
  /^P(?!$)(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?=\d)(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

const UNIT_MS = [365 * 86_400_000, 30 * 86_400_000, 7 * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000];

export function isDuration(text: string): boolean {
  return PATTERN.test(text);
}

export function durationMs(text: string): number {
  const m = PATTERN.exec(text);
  if (!m) throw new RangeError(`not an ISO-8601 duration: ${JSON.stringify(text)}`);
  let total = 0;
  for (let i = 0; i < UNIT_MS.length; i++) {
    const part = m[i + 1];
    if (part !== undefined) total += Number(part) * UNIT_MS[i];
  }
  return Math.round(total);
}
