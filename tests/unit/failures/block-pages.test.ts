import { describe, expect, it } from 'vitest';
import { blockPageHost } from '../../../lib/failures/block-pages';

describe('blockPageHost', () => {
  it.each([
    ['http://warning.rt.ru/?id=17&st=0&dt=telegram.org', 'warning.rt.ru'],
    ['https://block.rt.ru/', 'block.rt.ru'],
    ['http://blocked.mgts.ru/', 'blocked.mgts.ru'],
    ['http://fz139.ttk.ru/', 'fz139.ttk.ru'],
    ['http://forbidden.yota.ru/', 'forbidden.yota.ru'],
    ['http://t2blocked.com/', 't2blocked.com'],
    ['http://WARNING.RT.RU./x', 'warning.rt.ru'],
    ['http://msk.warning.rt.ru/', 'msk.warning.rt.ru'],
    ['http://warning.rt.ru:8080/', 'warning.rt.ru'],
    ['https://www.ufanet.ru/blocking.html', 'www.ufanet.ru'],
    ['http://sovatelecom.ru/ZAPRET.html', 'sovatelecom.ru'],
    ['https://vk.com/blank.php?rkn=123', 'vk.com'],
    ['http://95.213.254.253/', '95.213.254.253'],
    ['http://89.185.75.227/451/1f50893f.html', '89.185.75.227'],
    ['http://notice.cuii.info/', 'notice.cuii.info'],
  ])('%s is a block page on %s', (url, host) => {
    expect(blockPageHost(url)).toBe(host);
  });

  it.each([
    'https://rt.ru/',
    'https://notwarning.rt.ru/',
    'https://warning.rt.ru.evil.example/',
    'https://www.ufanet.ru/',
    'https://vk.com/feed',
    'https://vk.com/blank.php?other=1',
    'http://89.185.75.227/index.html',
    'https://telegram.org/',
    'ftp://warning.rt.ru/',
    'not a url',
    '',
  ])('%s is not', (url) => {
    expect(blockPageHost(url)).toBeNull();
  });
});
