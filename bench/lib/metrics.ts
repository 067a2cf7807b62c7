// An app's Prometheus endpoint, read the way an operator's scraper reads it:
// the phases that take their figures from the apps' own metrics go through here.

/** The text an app serves on its metrics port (throws when nothing answers). */
export async function scrape(port: number): Promise<string> {
  return fetch(`http://127.0.0.1:${port}/metrics`).then((r) => r.text());
}

/**
 * The sum of a series' samples (`name` a pattern: the SDK may add a unit), among those
 * with all `labels`; null when the text has no such sample.
 */
export function metricSum(text: string, name: string, labels: string[] = []): number | null {
  const lines = text.split('\n').filter((l) => new RegExp(`^${name}[{ ]`).test(l) && labels.every((x) => l.includes(x)));
  return lines.length ? lines.reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(' ') + 1)), 0) : null;
}
