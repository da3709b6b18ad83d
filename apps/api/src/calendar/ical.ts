import type { MealPlanEntry } from '@saffron/db';
import type { TMealSlot } from '@saffron/shared';

/** When each meal shows in a calendar, in the subscriber's own time zone (floating time). */
const SLOT_TIMES: Record<TMealSlot, { start: string; end: string; label: string }> = {
  breakfast: { start: '080000', end: '090000', label: 'Breakfast' },
  lunch: { start: '123000', end: '133000', label: 'Lunch' },
  snack: { start: '160000', end: '163000', label: 'Snack' },
  dinner: { start: '190000', end: '200000', label: 'Dinner' },
};

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines escaped in TEXT values. */
function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** RFC 5545 §3.1: lines of at most 75 octets, continued with a space, never inside a character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (date: string) => date.replaceAll('-', '');
const utcStamp = (at: Date) => `${at.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

function eventLines(entry: MealPlanEntry, webOrigin: string, stamp: string): string[] {
  const time = SLOT_TIMES[entry.slot];
  const what = entry.recipeName ?? entry.note ?? '';
  const details = [
    entry.recipeName && entry.note ? entry.note : undefined,
    entry.servings ? `Serves ${entry.servings}` : undefined,
  ].filter((line) => line !== undefined);
  return [
    'BEGIN:VEVENT',
    `UID:${entry.id}@saffron`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${compactDate(entry.date)}T${time.start}`,
    `DTEND:${compactDate(entry.date)}T${time.end}`,
    `SUMMARY:${escapeText(`${time.label}: ${what}`)}`,
    ...(details.length > 0 ? [`DESCRIPTION:${escapeText(details.join('\n'))}`] : []),
    ...(entry.recipeId ? [`URL:${webOrigin}/recipes/${entry.recipeId}`] : []),
    'END:VEVENT',
  ];
}

/** The meal plan as an iCalendar document (RFC 5545) that a phone's calendar subscribes to. */
export function mealPlanCalendar(
  entries: MealPlanEntry[],
  { webOrigin, now }: { webOrigin: string; now: Date },
): string {
  const stamp = utcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Saffron//Meal plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Saffron meal plan',
    // Calendar apps poll a subscription; a few hours is how fresh a plan needs to be.
    'REFRESH-INTERVAL;VALUE=DURATION:PT4H',
    'X-PUBLISHED-TTL:PT4H',
    ...entries.flatMap((entry) => eventLines(entry, webOrigin, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
