// The records behind snapshot entries (list, authority, decision, date), decoded only when a lookup
// hits. An entry's record reference is one record id, or a set id with RECORD_SET_FLAG when the
// entry is named by several records.

import type { ListRecord } from '../findings/vocabulary';
import { decodeString, type ByteStrings } from './byte-strings';

export const RECORD_SET_FLAG = 0x8000_0000;
/** The record fields in storage order, four string ids a record. */
export const RECORD_FIELDS = ['list', 'authority', 'decision', 'date'] as const;

export class SnapshotRecords {
  /** Decoded texts by string id: a few dozen authorities and lists, and the decisions that hit. */
  private readonly texts = new Map<number, string>();

  constructor(
    private readonly fields: Uint32Array,
    private readonly strings: ByteStrings,
    private readonly setStarts: Uint32Array,
    private readonly setMembers: Uint32Array,
  ) {}

  of(reference: number): ListRecord[] {
    if (reference < RECORD_SET_FLAG) return [this.record(reference)];
    const set = reference - RECORD_SET_FLAG;
    const records: ListRecord[] = [];
    for (let i = this.setStarts[set]!; i < this.setStarts[set + 1]!; i++) records.push(this.record(this.setMembers[i]!));
    return records;
  }

  private record(id: number): ListRecord {
    const at = 4 * id;
    return {
      list: this.text(this.fields[at]!),
      authority: this.text(this.fields[at + 1]!),
      decision: this.text(this.fields[at + 2]!),
      date: this.text(this.fields[at + 3]!),
    };
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
