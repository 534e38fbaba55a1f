import { describe, expect, it } from 'vitest';
import { isPublicHostName, isSinkholeAnswer } from '../../../lib/failures/sinkhole';

describe('isSinkholeAnswer', () => {
  it.each([
    // Known block-page answers.
    '95.167.13.50',
    '5.3.3.17',
    '212.1.226.59',
    '195.175.254.2',
    '1.2.3.4',
    // Bogons.
    '0.0.0.0',
    '0.1.2.3',
    '127.0.0.1',
    '127.0.0.42',
    '10.10.34.34',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '100.64.0.1',
    '100.127.255.254',
    '169.254.169.254',
    '192.0.2.1',
    '240.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    '[::1]',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'febf::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:95.167.13.50',
  ])('%s is a sinkhole answer', (address) => {
    expect(isSinkholeAnswer(address)).toBe(true);
  });

  it.each([
    '149.154.167.99',
    '35.200.1.9',
    '8.8.8.8',
    '172.15.255.255',
    '172.32.0.0',
    '100.63.255.255',
    '100.128.0.0',
    '198.18.0.1',
    '11.0.0.1',
    '2001:db8::1',
    '2a00:1450:4010::65',
    'fec0::1',
    '::ffff:8.8.8.8',
    '::2',
    '256.1.1.1',
    '1.2.3',
    'example.org',
    '',
  ])('%s is not', (address) => {
    expect(isSinkholeAnswer(address)).toBe(false);
  });
});

describe('isPublicHostName', () => {
  it.each(['telegram.org', 'www.example.com', 'rutracker.org.', 'xn--80aswg.xn--p1ai'])('%s is public', (host) => {
    expect(isPublicHostName(host)).toBe(true);
  });

  it.each([
    'localhost',
    'router',
    'printer.local',
    'nas.lan',
    'app.internal',
    'box.home.arpa',
    'listed.test',
    'a.b.test',
    'api.game.example',
    'x.invalid',
    'db.localhost',
    'duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion',
    '127.0.0.1',
    '10.1.2.3',
    '::1',
    '[2001:db8::1]',
    'example.c0m',
    '',
  ])('%s is not', (host) => {
    expect(isPublicHostName(host)).toBe(false);
  });
});
