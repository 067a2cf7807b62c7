// Results: the whole run as JSON, and a short Markdown table (measure, value,
// target, met?) with the machine, the commit and the server settings.
import fs from 'node:fs';
import path from 'node:path';

export interface Row {
  measure: string;
  value: string;
  target: string;
  met: '' | 'yes' | 'no' | 'n/a';
}

export function row(measure: string, value: string, target = '', met?: boolean | null): Row {
  return { measure, value, target, met: met === undefined ? '' : met === null ? 'n/a' : met ? 'yes' : 'no' };
}

export interface Written {
  json: string;
  md: string;
}

export function writeResults(outDir: string, base: string, result: object, markdown: string, latest: boolean): Written {
  fs.mkdirSync(outDir, { recursive: true });
  const json = path.join(outDir, `${base}.json`);
  const md = path.join(outDir, `${base}.md`);
  fs.writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(md, markdown);
  if (latest) fs.writeFileSync(path.join(outDir, 'latest.md'), markdown);
  return { json, md };
}

export function table(rows: Row[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return ['| measure | value | target | met? |', '| --- | --- | --- | --- |', ...rows.map((r) => `| ${esc(r.measure)} | ${esc(r.value)} | ${esc(r.target)} | ${r.met} |`)].join('\n');
}
