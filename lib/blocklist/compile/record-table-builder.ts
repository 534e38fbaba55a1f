// Compiler side of snapshot-records.ts: gives each distinct record an id and writes the records as
// one bit stream. List, authority and date are few distinct texts, so each is an index into a
// dictionary; the decision is written with a text model learnt from all decisions.

import type { ListRecord } from '@blocklens/vocabulary';
import { bestExpGolombOrder, bitWidth, BitWriter } from '../format/bit-writer';
import { RECORD_BLOCK } from '../format/record-index';
import { urlFingerprint } from '../format/string-hash';
import { ByteStringsBuilder } from './byte-strings';
import { InternedStrings } from './interned-strings';
import { TextModelBuilder } from './text-model-builder';
import { utf8AsBytes } from './utf8-bytes';

/** The records of one entry, in the order the sources named them: one id, or several. */
export type EntryRecords = number | number[];

/** Adds a record id to an entry's records, keeping the first-named order and no repeats. */
export function withRecord(records: EntryRecords | undefined, id: number): EntryRecords {
  if (records === undefined) return id;
  if (typeof records === 'number') return records === id ? records : [records, id];
  if (!records.includes(id)) records.push(id);
  return records;
}

/** The fields kept as dictionary indices, in storage order. */
const DICTIONARY_FIELDS = ['list', 'authority', 'date'] as const;

class Dictionary {
  readonly ids = new Map<string, number>();
  idOf(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) this.ids.set(text, (id = this.ids.size));
    return id;
  }
}

export class RecordTableBuilder {
  private readonly keys = new InternedStrings(urlFingerprint);
  private readonly dictionaries = DICTIONARY_FIELDS.map(() => new Dictionary());
  /** Per record, its dictionary indices in DICTIONARY_FIELDS order. */
  private readonly fields: number[] = [];
  private readonly decisions: string[] = [];
  private readonly setIds = new Map<string, number>();
  private readonly setStarts: number[] = [0];
  private readonly setMembers: number[] = [];
  private last: { record: ListRecord; id: number } | null = null;

  get count(): number {
    return this.keys.count;
  }

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
    const count = this.keys.count;
    const id = this.keys.idOf(`${record.list}\u0001${record.authority}\u0001${record.decision}\u0001${record.date}`);
    if (id === count) {
      DICTIONARY_FIELDS.forEach((field, i) => this.fields.push(this.dictionaries[i]!.idOf(record[field])));
      this.decisions.push(utf8AsBytes(record.decision));
    }
    this.last = { record, id };
    return id;
  }

  /** A record id, or for several records the id of their set counted on from the last record. */
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
    return this.count + set;
  }

  /** Call after the last referenceTo(). */
  finish() {
    const dictionary = new ByteStringsBuilder();
    for (const { ids } of this.dictionaries) for (const text of ids.keys()) dictionary.add(text);
    const widths = this.dictionaries.map(({ ids }) => bitWidth(Math.max(0, ids.size - 1)));
    const model = new TextModelBuilder();
    for (const decision of this.decisions) model.learn(decision);
    const modelBytes = model.finish();
    const encoded = model.encodeAll(this.decisions);
    const decisionBits = Float64Array.from(this.decisions, (_, id) => encoded.starts[id + 1]! - encoded.starts[id]!);
    const decisionOrder = bestExpGolombOrder(decisionBits);
    const stream = new BitWriter();
    const index = new Uint32Array(Math.ceil(this.count / RECORD_BLOCK));
    for (let id = 0; id < this.count; id++) {
      if (id % RECORD_BLOCK === 0) index[id / RECORD_BLOCK] = stream.bits;
      widths.forEach((width, i) => stream.write(this.fields[DICTIONARY_FIELDS.length * id + i]!, width));
      stream.writeExpGolomb(decisionBits[id]!, decisionOrder);
      stream.writeBits(encoded.bytes, encoded.starts[id]!, decisionBits[id]!);
    }
    const strings = dictionary.finish();
    return {
      sections: {
        recordDictionaryOffsets: strings.offsets,
        recordDictionaryBytes: strings.bytes,
        recordModel: modelBytes,
        recordIndex: index,
        recordStream: stream.finish(),
        recordSetStarts: Uint32Array.from(this.setStarts),
        recordSetMembers: Uint32Array.from(this.setMembers),
      },
      counts: {
        records: this.count,
        recordSets: this.setIds.size,
        listValues: this.dictionaries[0]!.ids.size,
        authorityValues: this.dictionaries[1]!.ids.size,
        dateValues: this.dictionaries[2]!.ids.size,
        decisionLengthOrder: decisionOrder,
      },
    };
  }
}
