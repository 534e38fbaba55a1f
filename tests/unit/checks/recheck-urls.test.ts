import { describe, expect, it } from 'vitest';
import { recheckUrls } from '../../../lib/checks/recheck-urls';

describe('recheckUrls', () => {
  it.each([
    ['https://site.example/deep/page?q=1', ['https://site.example/']],
    ['https://site.example:8443/x', ['https://site.example:8443/']],
    ['http://site.example/page', ['https://site.example/', 'http://site.example/']],
    ['http://flaky.test:41234/play', ['https://flaky.test/', 'http://flaky.test:41234/']],
    ['http://[2001:db8::1]:8080/', ['https://[2001:db8::1]/', 'http://[2001:db8::1]:8080/']],
    ['wss://chat.example/socket', ['https://chat.example/']],
    ['ws://chat.example:81/socket', ['https://chat.example/', 'http://chat.example:81/']],
    ['ftp://files.example/', []],
    ['not a url', []],
  ])('%s: %o', (url, expected) => {
    expect(recheckUrls(url)).toEqual(expected);
  });
});
