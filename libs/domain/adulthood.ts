// The 18th-birthday instant, computed outside workflow code in an explicit
// time zone. A child born on 29 February comes of age on 1 March in common
// years (Moroccan civil practice follows the day after 28 February).

export const DEFAULT_TIME_ZONE = 'Africa/Casablanca';

/** Midnight of a calendar date in a time zone, as a UTC instant. */
function zonedMidnight(year: number, month: number, day: number, timeZone: string): Date {
  // Start from UTC midnight and correct by the zone's offset at that instant.
  const guess = Date.UTC(year, month - 1, day);
  const offset = zoneOffsetMs(new Date(guess), timeZone);
  const first = guess - offset;
  // A DST change between the guess and the answer needs one more correction.
  const offset2 = zoneOffsetMs(new Date(first), timeZone);
  return new Date(guess - offset2);
}

// Building a formatter costs far more than using one: one per time zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function zoneOffsetMs(at: Date, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant a person born on `dateOfBirth` (YYYY-MM-DD) reaches `age`. */
export function birthdayInstant(dateOfBirth: string, age: number, timeZone = DEFAULT_TIME_ZONE): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateOfBirth);
  if (!m) throw new RangeError(`not a date: ${dateOfBirth}`);
  const year = Number(m[1]) + age;
  let month = Number(m[2]);
  let day = Number(m[3]);
  const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (month === 2 && day === 29 && !isLeap(year)) {
    month = 3;
    day = 1;
  }
  return zonedMidnight(year, month, day, timeZone);
}

/** A date of birth estimated from an age in years at a given date. */
export function estimatedDateOfBirth(ageYears: number, at: Date): string {
  const y = at.getUTCFullYear() - ageYears;
  return `${y}-${String(at.getUTCMonth() + 1).padStart(2, '0')}-${String(at.getUTCDate()).padStart(2, '0')}`;
}
