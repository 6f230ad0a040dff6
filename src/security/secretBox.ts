import crypto from 'node:crypto';

const PREFIX = 'v2030enc:1:';

/** A stored secret could not be opened: encrypted without a key configured now, another key, or altered. */
export class SecretBoxError extends Error {}

export interface SecretBox {
  /** Encrypts when a key is configured; otherwise returns the value as it is. */
  seal(plain: string): string;
  /** Decrypts a sealed value; a value stored before a key was configured is returned as it is. */
  open(stored: string): string;
}

/**
 * Secrets at rest (OAuth bot tokens in the database): AES-256-GCM with the 32-byte key of
 * V2030_SECRET_KEY, a fresh IV per value, stored as `v2030enc:1:<iv>:<tag>:<ciphertext>` (base64).
 * Without a key values are stored in plain text, as before; once a key is set, new values are
 * sealed and old ones are still read.
 */
export function createSecretBox(key: Buffer | undefined): SecretBox {
  return {
    seal(plain) {
      if (!key) return plain;
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${PREFIX}${iv.toString('base64')}:${cipher.getAuthTag().toString('base64')}:${body.toString('base64')}`;
    },
    open(stored) {
      if (!stored.startsWith(PREFIX)) return stored;
      if (!key) throw new SecretBoxError('A stored secret is encrypted, but V2030_SECRET_KEY is not set: set the key it was stored with.');
      const [iv, tag, body] = stored.slice(PREFIX.length).split(':').map((part) => Buffer.from(part, 'base64'));
      try {
        const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv!);
        decipher.setAuthTag(tag!);
        return Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretBoxError('A stored secret cannot be decrypted with V2030_SECRET_KEY (another key, or the value was altered).');
      }
    },
  };
}
