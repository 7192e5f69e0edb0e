// Writes examples/data/monthly/2026-01.csv ... 2026-08.csv, the period example of `npm start` and the
// scheduled-monitoring docs: each month is a seeded random draw (without replacement) of 150 cars
// from the public "cars" table of the npm package vega-datasets (StatLib's Auto MPG data), compared
// with examples/data/train-all.csv. Two changes are injected by construction: Weight_in_lbs creeps
// up 4% a month (a slow creep), and Horsepower jumps 30% from 2026-06 on (a sudden jump); the other
// columns are unchanged. Run: node scripts/make-period-examples.js
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const cars = JSON.parse(readFileSync('node_modules/vega-datasets/data/cars.json', 'utf8'));
const columns = [
  'Name',
  'Miles_per_Gallon',
  'Cylinders',
  'Displacement',
  'Horsepower',
  'Weight_in_lbs',
  'Acceleration',
  'Origin',
];
const cell = (value) => {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** mulberry32: a small seeded generator, so the files are the same on every run. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = 8;
const ROWS = 150;
const CREEP_PER_MONTH = 0.04;
const JUMP_FROM = 5; // 2026-06
const JUMP = 0.3;
const next = random(20260601);
mkdirSync('examples/data/monthly', { recursive: true });
for (let month = 0; month < MONTHS; month++) {
  // a partial Fisher-Yates shuffle: ROWS different cars for the month
  const order = cars.map((_, i) => i);
  const rows = [];
  for (let i = 0; i < ROWS; i++) {
    const j = i + Math.floor(next() * (order.length - i));
    [order[i], order[j]] = [order[j], order[i]];
    const car = { ...cars[order[i]] };
    car.Weight_in_lbs = Math.round(car.Weight_in_lbs * (1 + CREEP_PER_MONTH * month));
    if (month >= JUMP_FROM && car.Horsepower !== null)
      car.Horsepower = Math.round(car.Horsepower * (1 + JUMP));
    rows.push(columns.map((c) => cell(car[c])).join(','));
  }
  const name = `2026-${String(month + 1).padStart(2, '0')}`;
  writeFileSync(`examples/data/monthly/${name}.csv`, `${[columns.join(','), ...rows].join('\n')}\n`);
}
