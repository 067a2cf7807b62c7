// A horizontal bar chart in plain SVG (presentation attributes and classes
// only: nothing for the CSP's style-src to refuse), mirrored in Arabic, with
// a text alternative and the CSV of exactly the rows it draws.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format';

export interface Bar {
  label: string;
  /** a count, or the API's text for a small count it does not publish ("< 5"): drawn without a bar */
  value: number | string;
}

export interface ChartCsv {
  file: string;
  header: string[];
  lines: (string | number)[][];
}

const cell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

export function toCsv({ header, lines }: Pick<ChartCsv, 'header' | 'lines'>): string {
  return [header, ...lines].map((l) => l.map(cell).join(',')).join('\n') + '\n';
}

function download(csv: ChartCsv) {
  const url = URL.createObjectURL(new Blob([toCsv(csv)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = csv.file;
  a.click();
  URL.revokeObjectURL(url);
}

const WIDTH = 600;
const LABELS = 300;
const BAR_H = 20;
const GAP = 6;

export function BarChart({ title, bars, csv, digits = 0, unit = '' }: { title: string; bars: Bar[]; csv: ChartCsv; digits?: number; unit?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rtl = lang === 'ar';
  const max = Math.max(1, ...bars.map((b) => (typeof b.value === 'number' ? b.value : 0)));
  const span = WIDTH - LABELS - 60;
  const shown = (v: number | string) => (typeof v === 'number' ? `${formatNumber(v, lang, digits)}${unit}` : v);
  const summary = bars.map((b) => `${b.label} ${shown(b.value)}`).join('، ');
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      {bars.length === 0 ? (
        <p>{t('supervision.empty')}</p>
      ) : (
        <svg role="img" aria-label={t('supervision.chartLabel', { title, summary })} viewBox={`0 0 ${WIDTH} ${bars.length * (BAR_H + GAP)}`} width="100%">
          {bars.map((b, i) => {
            const w = typeof b.value === 'number' ? Math.max(1, (b.value / max) * span) : 0;
            const y = i * (BAR_H + GAP);
            // left to right: label, bar, value; right to left, the mirror image (text-anchor follows the direction)
            const labelX = rtl ? WIDTH : LABELS - 6;
            const barX = rtl ? WIDTH - LABELS - w : LABELS;
            const valueX = rtl ? WIDTH - LABELS - w - 4 : LABELS + w + 4;
            return (
              <g key={`${b.label}-${i}`}>
                <text x={labelX} y={y + BAR_H - 6} textAnchor={rtl ? 'start' : 'end'} direction={rtl ? 'rtl' : 'ltr'} className="bar-label">
                  {b.label}
                </text>
                {w > 0 ? <rect x={barX} y={y} width={w} height={BAR_H} className="bar" /> : null}
                <text x={valueX} y={y + BAR_H - 6} textAnchor="start" direction={rtl ? 'rtl' : 'ltr'} className="bar-label">
                  {shown(b.value)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <button type="button" className="secondary" onClick={() => download(csv)} disabled={csv.lines.length === 0}>
        {t('supervision.csvOf', { title })}
      </button>
    </figure>
  );
}
