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
  /**
   * The open-addressing table, four Int32 a slot: the hash, level index + 1 (0: empty), and the
   * level's length and start in the arena. A probe reads one 16-byte slot, then the arena: a wide
   * table's scan visits hundreds of dictionaries a row, and every separate array was another
   * cache miss (the levels' spans in their own array cost a third of the lookup on 100k x 1,000).
   */
  private slots = new Int32Array(4 * 16);
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
    const mask = (slots.length >> 2) - 1;
    const len = e - s;
    let slot = hash & mask;
    for (;;) {
      const at = slot << 2;
      const entry = slots[at + 1];
      if (entry === 0) break;
      if (slots[at] === hash && slots[at + 2] === len) {
        const start = slots[at + 3];
        const arena = this.arena;
        let k = 0;
        while (k < len && arena[start + k] === src[s + k]) k++;
        if (k === len) return entry - 1;
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
    if (this.arenaLength + len > this.arena.length) {
      this.arena = grown(this.arena, doubled(this.arena.length, this.arenaLength + len));
    }
    this.arena.set(src.subarray(s, e), this.arenaLength);
    this.levels.push(decoder.decode(src.subarray(s, e)));
    const at = slot << 2;
    this.slots[at] = hash;
    this.slots[at + 1] = level + 1;
    this.slots[at + 2] = len;
    this.slots[at + 3] = this.arenaLength;
    this.arenaLength += len;
    // at most half the slots in use
    if ((level + 1) * 8 > this.slots.length) this.rehash();
    return level;
  }

  /** Twice the slots, every level placed again by the hash kept in its slot. O(slots). */
  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 2) - 1;
    for (let from = 0; from < old.length; from += 4) {
      if (old[from + 1] === 0) continue;
      let slot = old[from] & mask;
      while (slots[(slot << 2) + 1] !== 0) slot = (slot + 1) & mask;
      slots.set(old.subarray(from, from + 4), slot << 2);
    }
    this.slots = slots;
  }
}
