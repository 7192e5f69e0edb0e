/**
 * The dictionary of one text column during the scan: a cell's bytes are hashed (FNV-1a) and
 * looked up in an open-addressing table over level indexes + 1, with the level bytes kept in one
 * arena, so a string is decoded only for a new level. Past MAX_DICTIONARY_LEVELS distinct values
 * it gives up (the column is identifier-like) and frees its memory.
 */
import { doubled, grown } from './growth.js';

/** Distinct levels kept per column; past this a text column is identifier-like (memory bound). */
export const MAX_DICTIONARY_LEVELS = 100_000;

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** The code every cell gets once the dictionary overflowed. */
export const OVERFLOW_CODE = -2;

const decoder = new TextDecoder('utf-8');

export class LevelDictionary {
  /** The distinct texts in order of first appearance (empty once overflowed). */
  levels: string[] = [];
  /** More than MAX_DICTIONARY_LEVELS distinct values were seen. */
  overflow = false;
  private slots = new Int32Array(16);
  private levelHash = new Int32Array(16);
  private levelStart = new Int32Array(16);
  private levelLength = new Int32Array(16);
  private arena = new Uint8Array(256);
  private arenaLength = 0;

  /** The code of src[s, e), adding a level when new; OVERFLOW_CODE once overflowed. */
  code(src: Uint8Array, s: number, e: number): number {
    if (this.overflow) return OVERFLOW_CODE;
    let hash = FNV_OFFSET;
    for (let i = s; i < e; i++) hash = Math.imul(hash ^ src[i], FNV_PRIME);
    return this.codeWithHash(src, s, e, hash);
  }

  /** As `code`, with the FNV-1a hash of src[s, e) already computed (by the scanner). */
  codeWithHash(src: Uint8Array, s: number, e: number, hash: number): number {
    if (this.overflow) return OVERFLOW_CODE;
    const slots = this.slots;
    const mask = slots.length - 1;
    const len = e - s;
    let slot = hash & mask;
    for (;;) {
      const entry = slots[slot];
      if (entry === 0) break;
      const level = entry - 1;
      if (this.levelHash[level] === hash && this.levelLength[level] === len) {
        const start = this.levelStart[level];
        const arena = this.arena;
        let k = 0;
        while (k < len && arena[start + k] === src[s + k]) k++;
        if (k === len) return level;
      }
      slot = (slot + 1) & mask;
    }
    return this.addLevel(src, s, e, hash, slot);
  }

  private addLevel(src: Uint8Array, s: number, e: number, hash: number, slot: number): number {
    const level = this.levels.length;
    if (level >= MAX_DICTIONARY_LEVELS) {
      this.overflow = true;
      this.levels = [];
      this.slots = new Int32Array(0);
      this.arena = new Uint8Array(0);
      return OVERFLOW_CODE;
    }
    const len = e - s;
    if (level === this.levelHash.length) {
      const size = level * 2;
      this.levelHash = grown(this.levelHash, size);
      this.levelStart = grown(this.levelStart, size);
      this.levelLength = grown(this.levelLength, size);
    }
    if (this.arenaLength + len > this.arena.length) {
      this.arena = grown(this.arena, doubled(this.arena.length, this.arenaLength + len));
    }
    this.arena.set(src.subarray(s, e), this.arenaLength);
    this.levelHash[level] = hash;
    this.levelStart[level] = this.arenaLength;
    this.levelLength[level] = len;
    this.arenaLength += len;
    this.levels.push(decoder.decode(src.subarray(s, e)));
    this.slots[slot] = level + 1;
    if ((level + 1) * 2 > this.slots.length) this.rehash();
    return level;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let level = 0; level < this.levels.length; level++) {
      let slot = this.levelHash[level] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = level + 1;
    }
    this.slots = slots;
  }
}
