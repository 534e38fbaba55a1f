// A snapshot's record stream is indexed at every RECORD_BLOCK-th record: a lookup decodes at most
// RECORD_BLOCK - 1 records to reach the one it wants (snapshot-records.ts).
export const RECORD_BLOCK = 16;
