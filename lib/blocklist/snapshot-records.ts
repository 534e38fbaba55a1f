// The records behind snapshot entries (list, authority, decision, date), decoded only when a lookup
// hits. An entry's record reference is one record id, or a set id with RECORD_SET_FLAG when the
// entry is named by several records.

import type { ListRecord } from '../findings/vocabulary';
import { decodeString, type ByteStrings } from './byte-strings';

export const RECORD_SET_FLAG = 0x8000_0000;
/** The record fields in storage order, four string ids a record. */
export const RECORD_FIELDS = ['list', 'authority', 'decision', 'date'] as const;

/**
 * Decoded records and sets are kept once decoded (frozen, as every hit on them shares them): one
 * registry address can be named by a hundred decisions, and a page asks about the same hosts over
 * and over. Only what was hit is ever decoded, so the caches stay as small as the browsing.
 */
export class SnapshotRecords {
  private readonly texts = new Map<number, string>();
  private readonly records = new Map<number, ListRecord>();
  private readonly sets = new Map<number, ListRecord[]>();

  constructor(
    private readonly fields: Uint32Array,
    private readonly strings: ByteStrings,
    private readonly setStarts: Uint32Array,
    private readonly setMembers: Uint32Array,
  ) {}

  of(reference: number): ListRecord[] {
    if (reference < RECORD_SET_FLAG) return [this.record(reference)];
    let set = this.sets.get(reference);
    if (!set) {
      const id = reference - RECORD_SET_FLAG;
      set = [];
      for (let i = this.setStarts[id]!; i < this.setStarts[id + 1]!; i++) set.push(this.record(this.setMembers[i]!));
      this.sets.set(reference, Object.freeze(set) as ListRecord[]);
    }
    return set;
  }

  private record(id: number): ListRecord {
    let record = this.records.get(id);
    if (!record) {
      const at = 4 * id;
      record = Object.freeze({
        list: this.text(this.fields[at]!),
        authority: this.text(this.fields[at + 1]!),
        decision: this.text(this.fields[at + 2]!),
        date: this.text(this.fields[at + 3]!),
      });
      this.records.set(id, record);
    }
    return record;
  }

  private text(id: number): string {
    let text = this.texts.get(id);
    if (text === undefined) {
      text = decodeString(this.strings, id);
      this.texts.set(id, text);
    }
    return text;
  }
}
