// The carrier's calendar: port dates and "today" are in Eastern time (Toronto), wherever the dealer is.

/** Today's date in Eastern time, YYYY-MM-DD. */
export function todayEastern(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Toronto',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
