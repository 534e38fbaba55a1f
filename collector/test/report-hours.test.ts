// Which hours the collector takes: inside the retention window, at most an hour ahead.
import { hourOf } from '@blocklens/report-schema';
import { describe, expect, it } from 'vitest';
import { hourOutsideWindow } from '../src/report-hours';
import { batchOf, makeReport } from './support/reports';

const NOW = Date.parse('2026-11-24T16:30:00Z');
const HOUR = 3_600_000;
const at = (time: number) => batchOf([makeReport({ hour: hourOf(time) })]);

describe('hourOutsideWindow', () => {
  it('takes hours the next prune keeps, up to an hour ahead', () => {
    expect(hourOutsideWindow(at(NOW), NOW, 90)).toBeNull();
    expect(hourOutsideWindow(at(NOW + HOUR), NOW, 90)).toBeNull();
    expect(hourOutsideWindow(at(NOW - 90 * 24 * HOUR + HOUR), NOW, 90)).toBeNull();
  });

  it('refuses an hour the next prune would delete, and one further ahead', () => {
    // 90 days back from 16:30 is 16:30; the hour 16:00 starts before it and would be pruned.
    expect(hourOutsideWindow(at(NOW - 90 * 24 * HOUR), NOW, 90)).toBe('reports[0].hour: must be within the last 90 days and at most one hour ahead');
    expect(hourOutsideWindow(at(NOW + 2 * HOUR), NOW, 90)).not.toBeNull();
  });

  it('keeps everything in the past when retention is off (RETENTION_DAYS=0)', () => {
    expect(hourOutsideWindow(at(Date.parse('2001-01-01T00:00:00Z')), NOW, 0)).toBeNull();
    expect(hourOutsideWindow(at(NOW + 2 * HOUR), NOW, 0)).toBe('reports[0].hour: must be at most one hour ahead');
  });
});
