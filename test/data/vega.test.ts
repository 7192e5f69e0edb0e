import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTables } from '../../src/data/load.js';
import type { CategoricalColumn, NumericColumn, SkippedColumn, Table } from '../../src/data/table.js';
import { column } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = path.join(root, 'node_modules', 'vega-datasets', 'data');
const source = (name: string) => ({ label: `vega-datasets/${name}`, path: path.join(dataDir, name) });
const types = (table: Table) => Object.fromEntries(table.columns.map((c) => [c.name, c.type]));

describe('real data (vega-datasets)', () => {
  it('seattle-weather.csv against weather.csv', async () => {
    const { reference, candidate } = await loadTables(source('seattle-weather.csv'), source('weather.csv'));
    expect(reference.rows).toBe(1461);
    expect(candidate.rows).toBe(2922);
    expect(reference.delimiter).toBe(',');
    expect(types(reference)).toEqual({
      date: 'datetime',
      precipitation: 'numeric',
      temp_max: 'numeric',
      temp_min: 'numeric',
      wind: 'numeric',
      weather: 'categorical',
    });
    expect(types(candidate)).toEqual({ location: 'categorical', ...types(reference) });
    const weather = column(reference, 'weather') as CategoricalColumn;
    expect([...weather.levels].sort()).toEqual(['drizzle', 'fog', 'rain', 'snow', 'sun']);
    expect((column(candidate, 'location') as CategoricalColumn).levels).toEqual(['Seattle', 'New York']);
    const date = column(reference, 'date') as NumericColumn;
    expect(date.values[0]).toBe(Date.UTC(2012, 0, 1));
    expect(date.missing).toBe(0);
    expect((column(reference, 'temp_max') as NumericColumn).values[0]).toBe(12.8);
  });

  it('airports.csv: identifier codes, categorical states, numeric coordinates', async () => {
    const { reference } = await loadTables(source('airports.csv'), source('airports.csv'));
    expect(reference.rows).toBe(3376);
    const t = types(reference);
    expect(t.iata).toBe('identifier');
    expect((column(reference, 'iata') as SkippedColumn).reason).toMatch(
      /^identifier-like: \d+ of 3376 values are distinct$/,
    );
    expect(t.state).toBe('categorical');
    expect(t.latitude).toBe('numeric');
    expect(t.longitude).toBe('numeric');
  });
});
