// Writes examples/data/*.csv from the public "cars" table shipped in the npm package vega-datasets
// (StatLib's Auto MPG data). train.csv: model years 1970-1976; incoming.csv: model years
// 1979-1982, when fuel economy rules changed US cars (real drift); stable.csv: every other car of
// 1970-1982 against train-all.csv (the rest), a split with no real drift; broken.csv: stable.csv
// after a broken pipeline (weights written in grams, 30% of horsepower values dropped, the
// Acceleration column gone, 15 rows duplicated, a new origin code). Run: node scripts/make-examples.js
import { readFileSync, writeFileSync } from 'node:fs';

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
const write = (path, rows) => {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))];
  writeFileSync(path, `${lines.join('\n')}\n`);
};
const year = (car) => Number(car.Year.slice(0, 4));
write(
  'examples/data/train.csv',
  cars.filter((car) => year(car) <= 1976),
);
write(
  'examples/data/incoming.csv',
  cars.filter((car) => year(car) >= 1979),
);
write(
  'examples/data/train-all.csv',
  cars.filter((_, i) => i % 2 === 0),
);
write(
  'examples/data/stable.csv',
  cars.filter((_, i) => i % 2 === 1),
);

const columnsWithoutAcceleration = columns.filter((c) => c !== 'Acceleration');
const broken = cars
  .filter((_, i) => i % 2 === 1)
  .map((car, i) => ({
    ...car,
    Weight_in_lbs: car.Weight_in_lbs * 453.592,
    Horsepower: i % 10 < 3 ? null : car.Horsepower,
    Origin: i % 25 === 0 ? 'EU' : car.Origin,
  }));
const brokenRows = [...broken, ...broken.slice(0, 15)];
writeFileSync(
  'examples/data/broken.csv',
  `${[columnsWithoutAcceleration.join(','), ...brokenRows.map((row) => columnsWithoutAcceleration.map((c) => cell(row[c])).join(','))].join('\n')}\n`,
);
