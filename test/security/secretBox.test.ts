import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/env';
import { createSecretBox, SecretBoxError } from '../../src/security/secretBox';

const key = crypto.randomBytes(32);

describe('secretBox', () => {
  it('encrypts with a key (a new IV each time) and decrypts what it sealed', () => {
    const box = createSecretBox(key);
    const a = box.seal('xoxb-123-geheim');
    const b = box.seal('xoxb-123-geheim');
    expect(a).toMatch(/^v2030enc:1:/);
    expect(a).not.toContain('geheim');
    expect(a).not.toBe(b);
    expect(box.open(a)).toBe('xoxb-123-geheim');
    expect(box.open(b)).toBe('xoxb-123-geheim');
  });

  it('without a key stores plain text, and with a key still reads values stored before it was set', () => {
    expect(createSecretBox(undefined).seal('xoxb-plain')).toBe('xoxb-plain');
    expect(createSecretBox(key).open('xoxb-plain')).toBe('xoxb-plain');
  });

  it('refuses an altered value, another key, and a sealed value without a key, saying what to fix', () => {
    const sealed = createSecretBox(key).seal('xoxb-123');
    const parts = sealed.split(':');
    const body = Buffer.from(parts[4]!, 'base64');
    body[0] = body[0]! ^ 1;
    const altered = [...parts.slice(0, 4), body.toString('base64')].join(':');
    expect(() => createSecretBox(key).open(altered)).toThrow(SecretBoxError);
    expect(() => createSecretBox(crypto.randomBytes(32)).open(sealed)).toThrow(/another key/);
    expect(() => createSecretBox(undefined).open(sealed)).toThrow(/V2030_SECRET_KEY is not set/);
  });

  it('takes V2030_SECRET_KEY as 32 bytes in base64 and explains a wrong one', () => {
    expect(loadConfig({ V2030_SECRET_KEY: key.toString('base64') }).secretKey?.equals(key)).toBe(true);
    expect(loadConfig({}).secretKey).toBeUndefined();
    expect(() => loadConfig({ V2030_SECRET_KEY: 'too-short' })).toThrow(ConfigError);
    expect(() => loadConfig({ V2030_SECRET_KEY: 'too-short' })).toThrow(/openssl rand -base64 32/);
  });
});
