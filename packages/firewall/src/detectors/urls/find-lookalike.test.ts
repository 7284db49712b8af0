import { describe, expect, it } from 'vitest';
import { findLookalike } from './find-lookalike.js';

describe('findLookalike', () => {
  it.each([
    ['pаypal.com', 'paypal', 'homoglyph'], // Cyrillic а
    ['xn--pypal-4ve.com', 'paypal', 'homoglyph'],
    ['paypa1.com', 'paypal', 'homoglyph'],
    ['rnicrosoft.com', 'microsoft', 'homoglyph'],
    ['faceb00k.net', 'facebook', 'homoglyph'],
    ['gooogle.com', 'google', 'typosquat'],
    ['githuh.com', 'github', 'typosquat'],
    ['paypal-login.com', 'paypal', 'combosquat'],
    ['sparkasse-sicherheit.de', 'sparkasse', 'combosquat'],
    ['deutschebank-login.com', 'deutsche-bank', 'combosquat'],
    ['paypal.com.account-check.example', 'paypal', 'brand_in_subdomain'],
  ])('%s imitates %s (%s)', (host, brand, kind) => {
    expect(findLookalike(host)).toEqual({ brand, kind });
  });

  it.each([
    'paypal.com',
    'www.paypal.de',
    'google.co.uk',
    'docs.google.com',
    'github.com',
    'raw.githubusercontent.com',
    'github-readme-stats.vercel.app',
    'deutsche-bank.de',
    'sparkasse.de',
    'example.com',
    'king.com',
    'wikipedia.org',
  ])('%s is not a look-alike', (host) => {
    expect(findLookalike(host)).toBeUndefined();
  });
});
