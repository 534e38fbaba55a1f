import { describe, expect, it } from 'vitest';
import { isDataFault } from '../src/storage/data-fault';

describe('isDataFault', () => {
  it('takes data exceptions and constraint violations for faults of the data', () => {
    expect(isDataFault(Object.assign(new Error('invalid byte sequence'), { code: '22021' }))).toBe(true);
    expect(isDataFault(Object.assign(new Error('untranslatable character'), { code: '22P05' }))).toBe(true);
    expect(isDataFault(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(true);
  });

  it('takes anything else for a fault of the database', () => {
    expect(isDataFault(Object.assign(new Error('too many connections'), { code: '53300' }))).toBe(false);
    expect(isDataFault(Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' }))).toBe(false);
    expect(isDataFault(new Error('no code'))).toBe(false);
    expect(isDataFault('text')).toBe(false);
  });
});
