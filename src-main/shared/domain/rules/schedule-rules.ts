// Rules on the requested port date and time (Eastern time), and the carrier's usual notice.
import type { RuleContext } from './rule-context';

/**
 * The notice the carrier usually needs before a port date, in business days (weekends and the
 * carrier's holidays do not count). Assumed, not published in the carrier's reference: a standard
 * port of a few numbers is confirmed by the losing carrier within about two business days and then
 * scheduled, and porting desks commonly ask for five business days. A sooner date is only a warning:
 * the carrier may still meet it, or move the port to its first possible date.
 */
export const portLeadBusinessDays = 5;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const time24 = /^([01]\d|2[0-3]):[0-5]\d$/;
const dayMs = 24 * 60 * 60 * 1000;

/** A YYYY-MM-DD that names a real day, as midnight UTC; null for anything else. */
export function calendarDate(text: string): Date | null {
  const match = isoDate.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? date : null;
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function isWeekend(date: Date): boolean {
  const weekday = date.getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The first date the carrier's usual notice allows: `portLeadBusinessDays` business days after today. */
export function earliestUsualDate(today: string, holidays: readonly { Date: string }[]): string | null {
  const start = calendarDate(today);
  if (!start) return null;
  const closed = new Set(holidays.map((holiday) => holiday.Date.slice(0, 10)));
  let date = start;
  let counted = 0;
  while (counted < portLeadBusinessDays) {
    date = new Date(date.getTime() + dayMs);
    if (!isWeekend(date) && !closed.has(isoOf(date))) counted += 1;
  }
  return isoOf(date);
}

function checkDate(context: RuleContext, dateText: string): void {
  const { issues } = context;
  const date = calendarDate(dateText);
  if (!date) {
    issues.error('schedule.date', 'validation.schedule.dateFormat');
    return;
  }
  if (context.today !== undefined && dateText < context.today) {
    issues.error('schedule.date', 'validation.schedule.datePast');
    return;
  }
  if (isWeekend(date)) issues.warning('schedule.date', 'validation.schedule.weekend');
  const holiday = (context.holidays ?? []).find((candidate) => candidate.Date.slice(0, 10) === dateText);
  if (holiday) issues.warning('schedule.date', 'validation.schedule.holiday', { name: holiday.Name ?? '' });
  const earliest =
    context.today === undefined ? null : earliestUsualDate(context.today, context.holidays ?? []);
  if (earliest !== null && dateText < earliest) {
    issues.warning('schedule.date', 'validation.schedule.tooSoon', {
      days: portLeadBusinessDays,
      earliest,
    });
  }
}

export function checkSchedule(context: RuleContext): void {
  const schedule = context.data.schedule ?? {};
  const { issues } = context;
  const dateText = schedule.date?.trim() ?? '';
  const timeText = schedule.time?.trim() ?? '';
  if (dateText !== '') checkDate(context, dateText);
  if (timeText !== '') {
    if (!time24.test(timeText)) issues.error('schedule.time', 'validation.schedule.timeFormat');
    else if (dateText === '') issues.error('schedule.time', 'validation.schedule.timeWithoutDate');
    else issues.warning('schedule.time', 'validation.schedule.timeMayCostExtra');
  }
}
