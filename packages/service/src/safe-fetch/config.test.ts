import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hostAllowList, parseAllowedHost } from './allowed-hosts.ts';
import { importEnvShape, safeFetchOptionsFrom } from './config.ts';

const parse = (env: Record<string, string>) => z.object(importEnvShape).safeParse(env);

describe('import configuration', () => {
  it('defaults to nothing allowed, 5 MB and 15 s', () => {
    const env = z.object(importEnvShape).parse({});
    expect(safeFetchOptionsFrom(env)).toEqual({
      allowedHosts: [],
      maxBytes: 5_242_880,
      timeoutMs: 15_000,
    });
  });

  it('reads hosts, host:port entries, bytes and a duration', () => {
    const env = z.object(importEnvShape).parse({
      IMPORT_ALLOWED_HOSTS: ' recipes.lan, 192.168.1.20:8080,[fd00::5]:443,::1 ,',
      IMPORT_MAX_BYTES: '1000000',
      IMPORT_TIMEOUT: '1m',
    });
    expect(env).toEqual({
      IMPORT_ALLOWED_HOSTS: ['recipes.lan', '192.168.1.20:8080', '[fd00::5]:443', '::1'],
      IMPORT_MAX_BYTES: 1_000_000,
      IMPORT_TIMEOUT: 60_000,
    });
  });

  it.each([
    ['IMPORT_ALLOWED_HOSTS', 'http://recipes.lan'],
    ['IMPORT_ALLOWED_HOSTS', 'recipes.lan:99999'],
    ['IMPORT_ALLOWED_HOSTS', 'recipes.lan/path'],
    ['IMPORT_ALLOWED_HOSTS', 'user@recipes.lan'],
    ['IMPORT_MAX_BYTES', '5MB'],
    ['IMPORT_MAX_BYTES', '0'],
    ['IMPORT_TIMEOUT', '15'],
    ['IMPORT_TIMEOUT', '0s'],
  ])('refuses %s=%s', (variable, value) => {
    const result = parse({ [variable]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual([variable]);
  });
});

describe('allowed hosts', () => {
  it('normalises entries the way URLs are', () => {
    expect(parseAllowedHost('Recipes.LAN.')).toEqual({ hostname: 'recipes.lan', port: undefined });
    expect(parseAllowedHost('127.1:8080')).toEqual({ hostname: '127.0.0.1', port: 8080 });
    expect(parseAllowedHost('::1')).toEqual({ hostname: '[::1]', port: undefined });
    expect(parseAllowedHost('[::1]:80')).toEqual({ hostname: '[::1]', port: 80 });
    expect(parseAllowedHost('recipes.lan:0')).toBeUndefined();
  });

  it('allows any port of a bare host, and only the listed port of host:port', () => {
    const allowed = hostAllowList(['recipes.lan', '10.0.0.5:8080', '[fd00::5]:443']);
    const check = (url: string) => allowed(new URL(url));
    expect(check('http://recipes.lan/')).toBe(true);
    expect(check('https://RECIPES.lan.:9443/')).toBe(true);
    expect(check('http://10.0.0.5:8080/')).toBe(true);
    expect(check('http://10.0.0.5/')).toBe(false);
    expect(check('http://10.0.0.5:8081/')).toBe(false);
    expect(check('https://[fd00::5]/')).toBe(true);
    expect(check('http://[fd00::5]/')).toBe(false);
    expect(check('http://sub.recipes.lan/')).toBe(false);
    expect(() => hostAllowList(['not a host'])).toThrow(/not a host/);
  });
});
