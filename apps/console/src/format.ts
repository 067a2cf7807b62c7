// Dates and numbers as each language writes them, always in Africa/Casablanca
// (the time of Morocco's services, whatever the browser's zone).
export const TIME_ZONE = 'Africa/Casablanca';

const locale = (lang: string) => (lang === 'fr' ? 'fr-MA' : 'ar-MA');

export function formatDateTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(iso));
}

export function formatDate(iso: string | null | undefined, lang: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeZone: TIME_ZONE }).format(new Date(iso));
}

export function formatTime(date: Date, lang: string): string {
  return new Intl.DateTimeFormat(locale(lang), { timeStyle: 'short', timeZone: TIME_ZONE }).format(date);
}

export function formatNumber(n: number, lang: string, digits = 0): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(n);
}
