// Compiler side of snapshot-records.ts: gives each distinct record an id, stores its texts once,
// and turns an entry's records into the reference the snapshot keeps for it.

import type { ListRecord } from '../findings/vocabulary';
import { InternedStrings } from './interned-strings';
import { RECORD_FIELDS, RECORD_SET_FLAG } from './snapshot-records';
import { urlFingerprint } from './string-hash';

/** The records of one entry, in the order the sources named them: one id, or several. */
export type EntryRecords = number | number[];

/** Adds a record id to an entry's records, keeping the first-named order and no repeats. */
export function withRecord(records: EntryRecords | undefined, id: number): EntryRecords {
  if (records === undefined) return id;
  if (typeof records === 'number') return records === id ? records : [records, id];
  if (!records.includes(id)) records.push(id);
  return records;
}

export class RecordTableBuilder {
  private readonly records = new InternedStrings(urlFingerprint);
  private readonly texts = new InternedStrings(urlFingerprint);
  private readonly fields: number[] = [];
  private readonly setIds = new Map<string, number>();
  private readonly setStarts: number[] = [0];
  private readonly setMembers: number[] = [];
  private last: { record: ListRecord; id: number } | null = null;

  idOf(record: ListRecord): number {
    // Registry dumps often give one decision several lines in a row.
    const last = this.last;
    if (
      last &&
      record.decision === last.record.decision &&
      record.date === last.record.date &&
      record.authority === last.record.authority &&
      record.list === last.record.list
    ) {
      return last.id;
    }
    const count = this.records.count;
    const id = this.records.idOf(`${record.list}\u0001${record.authority}\u0001${record.decision}\u0001${record.date}`);
    if (id === count) for (const field of RECORD_FIELDS) this.fields.push(this.texts.idOf(record[field]));
    this.last = { record, id };
    return id;
  }

  referenceTo(records: EntryRecords): number {
    if (typeof records === 'number') return records;
    const key = records.join(',');
    let set = this.setIds.get(key);
    if (set === undefined) {
      set = this.setIds.size;
      this.setIds.set(key, set);
      for (const id of records) this.setMembers.push(id);
      this.setStarts.push(this.setMembers.length);
    }
    return RECORD_SET_FLAG + set;
  }

  finish() {
    const strings = this.texts.strings.finish();
    return {
      recordFields: Uint32Array.from(this.fields),
      recordOffsets: strings.offsets,
      recordBytes: strings.bytes,
      recordSetStarts: Uint32Array.from(this.setStarts),
      recordSetMembers: Uint32Array.from(this.setMembers),
      counts: { records: this.records.count, recordStrings: this.texts.count, recordSets: this.setIds.size },
    };
  }
}
