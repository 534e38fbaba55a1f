import { describe, expect, it } from 'vitest';
import { kindFromStatus } from '../../../lib/failures/kind-from-status';

describe('kindFromStatus', () => {
  it.each([
    [451, false, 'http-451'],
    [451, true, 'http-451'],
    [500, false, 'http-error'],
    [503, true, 'http-error'],
    [599, false, 'http-error'],
    [403, true, 'http-error'],
    [404, true, 'http-error'],
    [403, false, null],
    [404, false, null],
    [200, true, null],
    [301, true, null],
    [410, true, null],
    [429, true, null],
    [600, true, null],
  ] as const)('status %i, main frame %s -> %s', (status, mainFrame, kind) => {
    expect(kindFromStatus(status, mainFrame)).toBe(kind);
  });
});
