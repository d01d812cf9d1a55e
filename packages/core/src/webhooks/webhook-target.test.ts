import { describe, expect, it } from 'vitest';
import {
  isIpLiteral,
  refusedAddress,
  refusedWebhookUrl,
  type WebhookTargetPolicy,
} from './webhook-target.ts';

const REFUSED: Array<[string, RegExp]> = [
  ['127.0.0.1', /loopback/],
  ['127.255.255.254', /loopback/],
  ['10.0.0.1', /RFC 1918/],
  ['172.16.0.1', /RFC 1918/],
  ['172.31.255.255', /RFC 1918/],
  ['192.168.1.1', /RFC 1918/],
  ['100.64.0.1', /100\.64/],
  ['100.127.255.255', /100\.64/],
  ['169.254.169.254', /link-local.*metadata/],
  ['0.0.0.0', /unspecified/],
  ['224.0.0.1', /multicast/],
  ['239.255.255.250', /multicast/],
  ['255.255.255.255', /broadcast/],
  ['::1', /loopback/],
  ['[::1]', /loopback/],
  ['0:0:0:0:0:0:0:1', /loopback/],
  ['::', /unspecified/],
  ['fc00::1', /unique local/],
  ['fd12:3456::1', /unique local/],
  ['fe80::1', /link-local/],
  ['fe80::1%eth0', /link-local/],
  ['febf::1', /link-local/],
  ['ff02::1', /multicast/],
  ['::ffff:127.0.0.1', /loopback/],
  ['::ffff:7f00:1', /loopback/],
  ['::ffff:169.254.169.254', /metadata/],
  ['::ffff:10.1.2.3', /RFC 1918/],
  ['64:ff9b::a9fe:a9fe', /metadata/],
  ['::127.0.0.1', /loopback/],
  ['not-an-ip', /not an IP/],
  ['1.2.3', /not an IP/],
];

const ALLOWED = [
  '8.8.8.8',
  '93.184.215.14',
  '172.15.255.255',
  '172.32.0.1',
  '100.63.255.255',
  '100.128.0.1',
  '169.253.0.1',
  '2606:4700:4700::1111',
  '2001:db8::1',
  '::ffff:8.8.8.8',
];

describe('webhook target addresses', () => {
  it.each(REFUSED)('refuses %s', (ip, why) => {
    expect(refusedAddress(ip)).toMatch(why);
  });
  it.each(ALLOWED)('allows %s', (ip) => {
    expect(refusedAddress(ip)).toBeNull();
  });
  it('tells literals from names', () => {
    expect(['127.0.0.1', '[::1]', '::ffff:1.2.3.4'].map(isIpLiteral)).toEqual([true, true, true]);
    expect(['localhost', 'example.com', '1.2.3.4.5'].map(isIpLiteral)).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('webhook URLs', () => {
  const names: Record<string, string[]> = {
    localhost: ['127.0.0.1', '::1'],
    'public.test': ['93.184.215.14', '2606:2800:220:1::1'],
    'mixed.test': ['93.184.215.14', '10.0.0.5'],
    'metadata.test': ['169.254.169.254'],
  };
  const policy = (allowPrivate = false): WebhookTargetPolicy => ({
    allowPrivate,
    resolve: async (host) => {
      const found = names[host];
      if (!found) throw new Error(`ENOTFOUND ${host}`);
      return found;
    },
  });

  it.each([
    // The other spellings of 127.0.0.1: the URL parser writes them all as 127.0.0.1.
    ['http://2130706433/hook', /127\.0\.0\.1 is a loopback/],
    ['http://0177.0.0.1/hook', /127\.0\.0\.1 is a loopback/],
    ['http://0x7f.0.0.1/hook', /127\.0\.0\.1 is a loopback/],
    ['http://0x7f000001/hook', /127\.0\.0\.1 is a loopback/],
    ['http://127.1/hook', /127\.0\.0\.1 is a loopback/],
    ['http://017700000001/hook', /127\.0\.0\.1 is a loopback/],
    ['http://[::1]:8080/hook', /loopback/],
    ['http://[::ffff:127.0.0.1]/hook', /loopback/],
    ['http://[::ffff:a9fe:a9fe]/latest/meta-data', /metadata/],
    ['http://[fd00::1]/hook', /unique local/],
    ['http://[fe80::1]/hook', /link-local/],
    ['http://169.254.169.254/latest/meta-data/', /metadata/],
    ['https://10.0.0.1/hook', /RFC 1918/],
    ['http://0/hook', /unspecified/],
    ['http://localhost:3000/hook', /localhost resolves to 127\.0\.0\.1, a loopback/],
    ['http://mixed.test/hook', /mixed\.test resolves to 10\.0\.0\.5/],
    ['http://metadata.test/hook', /metadata/],
  ])('refuses %s', async (url, why) => {
    expect(await refusedWebhookUrl(url, policy())).toMatch(why);
  });

  it.each([
    'https://public.test/hook',
    'https://93.184.215.14/hook',
    'https://[2606:4700:4700::1111]/hook',
    // Not resolvable now: accepted; the delivery checks the address it connects to.
    'https://receiver.example/hook',
  ])('accepts %s', async (url) => {
    expect(await refusedWebhookUrl(url, policy())).toBeNull();
  });

  it('accepts anything when private targets are allowed', async () => {
    for (const url of ['http://127.0.0.1:9/hook', 'http://localhost/', 'http://[::1]/'])
      expect(await refusedWebhookUrl(url, policy(true))).toBeNull();
  });
});
