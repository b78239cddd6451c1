// Calendar dates as dossiers and the command line write them: YYYY-MM-DD.

/** A real calendar day written YYYY-MM-DD (2028-02-29 is one; 2026-02-31 and 2026-13-01 are not). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  // Date.parse("2026-02-31") rolls over to March 3 instead of failing; a round trip does not.
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The date `years` calendar years after `date` (YYYY-MM-DD; 02-29 becomes 02-28 in a common year). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
