/**
 * Dates and date-times read straight from the bytes of a cell: ISO 8601 (also with `/` between
 * year, month and day, as spreadsheets export) and month-name dates such as `Jan 1 2000`.
 */
import { isDigit } from './numbers.js';

function twoDigits(src: Uint8Array, i: number): number {
  const a = src[i] - 48;
  const b = src[i + 1] - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Epoch milliseconds of an ISO 8601 date or date-time in src[s, e), or NaN. Accepted:
 * YYYY-MM-DD (or YYYY/MM/DD), then optionally T or space, HH:MM[:SS[.fff...]], then optionally Z
 * or +-HH[:]MM. A date-time without a zone is read as UTC.
 */
export function parseIsoDate(src: Uint8Array, s: number, e: number): number {
  const len = e - s;
  const dash = src[s + 4];
  if (len < 10 || (dash !== 45 && dash !== 47) || src[s + 7] !== dash) return NaN;
  const y1 = twoDigits(src, s);
  const y2 = twoDigits(src, s + 2);
  const month = twoDigits(src, s + 5);
  const day = twoDigits(src, s + 8);
  if (y1 < 0 || y2 < 0 || month < 1 || month > 12 || day < 1) return NaN;
  const year = y1 * 100 + y2;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1])) return NaN;
  let ms = Date.UTC(year, month - 1, day);
  if (year < 100) ms = new Date(ms).setUTCFullYear(year);
  let i = s + 10;
  if (i === e) return ms;
  const sep = src[i];
  if (sep !== 84 && sep !== 32 && sep !== 116) return NaN;
  i++;
  if (e - i < 5 || src[i + 2] !== 58) return NaN;
  const hour = twoDigits(src, i);
  const minute = twoDigits(src, i + 3);
  if (hour < 0 || hour > 24 || minute < 0 || minute > 59) return NaN;
  ms += hour * 3_600_000 + minute * 60_000;
  i += 5;
  if (i < e && src[i] === 58) {
    if (e - i < 3) return NaN;
    const second = twoDigits(src, i + 1);
    if (second < 0 || second > 60) return NaN;
    ms += second * 1000;
    i += 3;
    if (i < e && (src[i] === 46 || src[i] === 44)) {
      i++;
      const start = i;
      let fraction = 0;
      let weight = 100;
      while (i < e && isDigit(src[i])) {
        fraction += (src[i] - 48) * weight;
        weight /= 10;
        i++;
      }
      if (i === start) return NaN;
      ms += Math.round(fraction * 1000) / 1000;
    }
  }
  if (i === e) return ms;
  const zone = src[i];
  if ((zone === 90 || zone === 122) && i + 1 === e) return ms;
  if (zone !== 43 && zone !== 45) return NaN;
  i++;
  const zh = twoDigits(src, i);
  if (zh < 0 || e - i < 2) return NaN;
  i += 2;
  if (i < e && src[i] === 58) i++;
  let zm = 0;
  if (i < e) {
    if (e - i !== 2) return NaN;
    zm = twoDigits(src, i);
    if (zm < 0 || zm > 59) return NaN;
  }
  const offset = (zh * 60 + zm) * 60_000;
  return zone === 43 ? ms - offset : ms + offset;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Epoch ms (UTC) of `Mon D YYYY` or `Mon D, YYYY` (English month abbreviation, any case), or NaN. */
export function parseMonthNameDate(src: Uint8Array, s: number, e: number): number {
  if (e - s < 10 || e - s > 12 || src[s + 3] !== 32) return NaN;
  let name = '';
  for (let k = s; k < s + 3; k++) name += String.fromCharCode(src[k] | 0x20);
  const month = MONTHS.indexOf(name);
  if (month < 0) return NaN;
  let i = s + 4;
  let day = 0;
  const dayStart = i;
  while (i < e && isDigit(src[i]) && i - dayStart < 2) day = day * 10 + (src[i++] - 48);
  if (i === dayStart || day < 1) return NaN;
  if (src[i] === 44) i++;
  if (src[i] !== 32 || e - i !== 5) return NaN;
  i++;
  const y1 = twoDigits(src, i);
  const y2 = twoDigits(src, i + 2);
  if (y1 < 0 || y2 < 0) return NaN;
  const year = y1 * 100 + y2;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day > (month === 1 && leap ? 29 : DAYS_IN_MONTH[month])) return NaN;
  const ms = Date.UTC(year, month, day);
  return year < 100 ? new Date(ms).setUTCFullYear(year) : ms;
}

/** Epoch ms of a date in any accepted form (ISO 8601 with `-` or `/`, or `Jan 1 2000`), or NaN. O(length). */
export function parseDate(src: Uint8Array, s: number, e: number): number {
  const time = parseIsoDate(src, s, e);
  return Number.isNaN(time) && e - s >= 10 && src[s] > 64 ? parseMonthNameDate(src, s, e) : time;
}
