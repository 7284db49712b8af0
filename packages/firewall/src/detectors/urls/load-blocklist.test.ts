import { describe, expect, it } from 'vitest';
import { defaultMaliciousBlocklist, defaultSuspiciousBlocklist } from './default-blocklists.js';
import { loadBlocklist, mergeBlocklists } from './load-blocklist.js';

describe('loadBlocklist', () => {
  it('normalizes entries and matches hosts and their subdomains', () => {
    const list = loadBlocklist({ text: '# my list\nEvil.Example\nhttps://*.Phish.test:443\n\n*.tracker.test\n' });
    expect(list.size).toBe(3);
    expect(list.matchHost('evil.example')).toBe('evil.example');
    expect(list.matchHost('login.evil.example')).toBe('evil.example');
    expect(list.matchHost('phish.test')).toBe('phish.test');
    expect(list.matchHost('a.b.tracker.test')).toBe('tracker.test');
    expect(list.matchHost('notevil.example')).toBeUndefined();
    expect(list.matchHost('example')).toBeUndefined();
  });

  it('matches URL prefixes on shared hosts without listing the whole host', () => {
    const list = loadBlocklist({ text: 'storage.example/bad-bucket/\n' });
    expect(list.matchUrl('storage.example/bad-bucket/payload.js')).toBe('storage.example/bad-bucket/');
    expect(list.matchUrl('storage.example/good/')).toBeUndefined();
    expect(list.matchHost('storage.example')).toBeUndefined();
  });

  it('merges lists', () => {
    const merged = mergeBlocklists([loadBlocklist({ text: 'a.example' }), loadBlocklist({ text: 'b.example' })]);
    expect(merged.size).toBe(2);
    expect(merged.matchHost('x.b.example')).toBe('b.example');
  });

  it('loads the shipped lists', () => {
    const malicious = defaultMaliciousBlocklist();
    expect(malicious.size).toBeGreaterThan(200_000);
    expect(malicious.matchHost('www.c0nden5easy.ru')).toBe('c0nden5easy.ru');
    expect(malicious.matchHost('1.116.119.183')).toBe('1.116.119.183');
    expect(malicious.matchHost('github.com')).toBeUndefined();
    expect(malicious.matchUrl('s3.amazonaws.com/cgc-badge-v2/common.js')).toBeDefined();
    expect(malicious.matchHost('s3.amazonaws.com')).toBeUndefined();
    expect(defaultSuspiciousBlocklist().matchHost('idownload-tunesmusic.com')).toBe('idownload-tunesmusic.com');
  });
});
