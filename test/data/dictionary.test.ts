/**
 * LevelDictionary (data/dictionary.ts): a text's code is its level's index in order of first
 * appearance, whatever the table's size, growth and hash collisions; past MAX_DICTIONARY_LEVELS
 * it overflows. Checked against a Map of the same texts.
 */
import { describe, expect, it } from 'vitest';
import { LevelDictionary, MAX_DICTIONARY_LEVELS, OVERFLOW_CODE } from '../../src/data/dictionary.js';
import { rng } from '../helpers/random.js';

const encoder = new TextEncoder();

describe('LevelDictionary', () => {
  it('codes texts by first appearance across rehashes, like a Map', () => {
    const random = rng(5);
    const dictionary = new LevelDictionary();
    const expected = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const text = `v${Math.floor(random() * 3_000)}${i % 7 === 0 ? 'é' : ''}`;
      if (!expected.has(text)) expected.set(text, expected.size);
      const bytes = encoder.encode(`,${text},`);
      expect(dictionary.code(bytes, 1, bytes.length - 1)).toBe(expected.get(text));
    }
    expect(dictionary.levels).toEqual([...expected.keys()]);
  });

  it('tells apart texts whose hashes collide (same hash given, same or other lengths)', () => {
    const dictionary = new LevelDictionary();
    const texts = ['ab', 'ba', 'abc', '', 'ab ', 'x'.repeat(40)];
    for (let round = 0; round < 3; round++) {
      texts.forEach((text, level) => {
        const bytes = encoder.encode(text);
        expect(dictionary.codeWithHash(bytes, 0, bytes.length, 12345)).toBe(level);
      });
    }
    expect(dictionary.levels).toEqual(texts);
  });

  it(`overflows past ${MAX_DICTIONARY_LEVELS} levels and then codes nothing`, () => {
    const dictionary = new LevelDictionary();
    for (let i = 0; i < MAX_DICTIONARY_LEVELS; i++) {
      const bytes = encoder.encode(String(i));
      expect(dictionary.code(bytes, 0, bytes.length)).toBe(i);
    }
    const next = encoder.encode('one more');
    expect(dictionary.code(next, 0, next.length)).toBe(OVERFLOW_CODE);
    expect(dictionary.overflow).toBe(true);
    expect(dictionary.levels).toEqual([]);
    const known = encoder.encode('0');
    expect(dictionary.code(known, 0, 1)).toBe(OVERFLOW_CODE);
  });
});
