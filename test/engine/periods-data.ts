/**
 * Period data for the periods tests, made by construction from the public flights data of
 * vega-datasets (flights-20k: date, delay, distance, origin, destination): seeded random batches
 * of real rows, with changes injected into chosen columns.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rng } from '../helpers/random.js';

interface Flight {
  delay: number;
  distance: number;
  origin: string;
  destination: string;
}

/** The 20,000 flights, in a seeded random order. */
export function shuffledFlights(seed: number): Flight[] {
  const file = 'node_modules/vega-datasets/data/flights-20k.json';
  const rows = JSON.parse(readFileSync(file, 'utf8')) as (Flight & { date: string })[];
  const flights = rows.map(({ delay, distance, origin, destination }) => ({
    delay,
    distance,
    origin,
    destination,
  }));
  const random = rng(seed);
  for (let i = flights.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [flights[i], flights[j]] = [flights[j], flights[i]];
  }
  return flights;
}

/** A change applied to one period's rows (index 0 = the first period). */
export type Injection = (flight: Flight, period: number) => Flight;

export const unchanged: Injection = (flight) => flight;

/** Distance grows by `step` (a share) every period: a slow creep. */
export const distanceCreep =
  (step: number): Injection =>
  (flight, period) => ({ ...flight, distance: Math.round(flight.distance * (1 + step * period)) });

/** Delay shifts by `minutes` from period `from` on: a sudden jump that persists. */
export const delayJump =
  (from: number, minutes: number): Injection =>
  (flight, period) =>
    period >= from ? { ...flight, delay: flight.delay + minutes } : flight;

export const both =
  (...injections: Injection[]): Injection =>
  (flight, period) =>
    injections.reduce((f, inject) => inject(f, period), flight);

const HEADER = 'delay,distance,origin,destination';
const line = (f: Flight): string => `${f.delay},${f.distance},${f.origin},${f.destination}`;

export interface PeriodData {
  readonly root: string;
  readonly periodNames: string[];
}

export const MONTHS = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

/**
 * `reference.csv` (the first `referenceRows` shuffled flights) and `periods` batches of
 * `batchRows` flights after them, changed by `inject`: as files `incoming/<month>.csv` (glob
 * form) and as one file `all.csv` with a `day` column (time-column form, the 15th of each month).
 */
export function writePeriodData(
  seed: number,
  inject: Injection,
  { referenceRows = 6000, batchRows = 1000, periods = 12 } = {},
): PeriodData {
  const flights = shuffledFlights(seed);
  const root = mkdtempSync(path.join(tmpdir(), 'drift-periods-'));
  mkdirSync(path.join(root, 'incoming'));
  writeFileSync(
    path.join(root, 'reference.csv'),
    [HEADER, ...flights.slice(0, referenceRows).map(line)].join('\n'),
  );
  const all: string[] = [`day,${HEADER}`];
  const names = MONTHS.slice(0, periods);
  names.forEach((name, period) => {
    const start = referenceRows + period * batchRows;
    const batch = flights.slice(start, start + batchRows).map((f) => inject(f, period));
    writeFileSync(path.join(root, 'incoming', `${name}.csv`), [HEADER, ...batch.map(line)].join('\n'));
    for (const f of batch) all.push(`${name}-15,${line(f)}`);
  });
  writeFileSync(path.join(root, 'all.csv'), all.join('\n'));
  return { root, periodNames: names };
}
