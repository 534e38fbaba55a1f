// The records behind snapshot entries (list, authority, decision, date), decoded only when a lookup
// hits. An entry's record reference is one record id, or, counted on from the last record, the id
// of a set of records when several name the entry. Records are a bit stream (record-table-builder.ts):
// list, authority and date as dictionary indices, then the decision's length and its code. An
// index gives the start of every RECORD_BLOCK-th record.

import type { ListRecord } from '@blocklens/vocabulary';
import { BitCursor } from '../format/bit-reader';
import { bitWidth } from '../format/bit-writer';
import { RECORD_BLOCK } from '../format/record-index';
import type { TextCoder } from '../format/text-coder';

export interface RecordViews {
  count: number;
  /** Dictionary sizes of list, authority and date; their texts follow each other in the dictionary. */
  valueCounts: [number, number, number];
  decisionLengthOrder: number;
  dictionary: { offsets: Uint32Array; bytes: Uint8Array };
  decisions: TextCoder;
  index: Uint32Array;
  stream: Uint8Array;
  setStarts: Uint32Array;
  setMembers: Uint32Array;
}

const utf8 = new TextDecoder();

/**
 * Decoded records and sets are kept once decoded (frozen, as every hit on them shares them): one
 * registry address can be named by a hundred decisions, and a page asks about the same hosts over
 * and over. Only what was hit is ever decoded, so the caches stay as small as the browsing.
 */
export class SnapshotRecords {
  private readonly records = new Map<number, ListRecord>();
  private readonly sets = new Map<number, ListRecord[]>();
  private readonly widths: number[];
  private readonly bases: number[];
  private readonly fixedBits: number;
  private readonly cursor: BitCursor;

  constructor(private readonly views: RecordViews) {
    this.widths = views.valueCounts.map((count) => bitWidth(Math.max(0, count - 1)));
    this.bases = [0, views.valueCounts[0], views.valueCounts[0] + views.valueCounts[1]];
    this.fixedBits = this.widths.reduce((sum, width) => sum + width, 0);
    this.cursor = new BitCursor(views.stream);
  }

  of(reference: number): ListRecord[] {
    if (reference < this.views.count) return [this.record(reference)];
    let set = this.sets.get(reference);
    if (!set) {
      const id = reference - this.views.count;
      const { setStarts, setMembers } = this.views;
      set = [];
      for (let i = setStarts[id]!; i < setStarts[id + 1]!; i++) set.push(this.record(setMembers[i]!));
      this.sets.set(reference, Object.freeze(set) as ListRecord[]);
    }
    return set;
  }

  private record(id: number): ListRecord {
    let record = this.records.get(id);
    if (record) return record;
    const { index, decisionLengthOrder, decisions } = this.views;
    const cursor = this.cursor;
    cursor.at = index[Math.floor(id / RECORD_BLOCK)]!;
    for (let skip = id % RECORD_BLOCK; skip > 0; skip--) {
      cursor.at += this.fixedBits;
      const decisionBits = cursor.readExpGolomb(decisionLengthOrder);
      cursor.at += decisionBits;
    }
    const [list, authority, date] = this.widths.map((width, i) => this.text(this.bases[i]! + cursor.read(width)));
    const decisionBits = cursor.readExpGolomb(decisionLengthOrder);
    const decision = decisions.decode(cursor, decisionBits);
    record = Object.freeze({
      list: list!,
      authority: authority!,
      decision: utf8.decode(Uint8Array.from(decision, (char) => char.charCodeAt(0))),
      date: date!,
    });
    this.records.set(id, record);
    return record;
  }

  private text(id: number): string {
    const { offsets, bytes } = this.views.dictionary;
    return utf8.decode(bytes.subarray(offsets[id], offsets[id + 1]));
  }
}
