import type { Installation } from '@slack/bolt';
import type { SecretBox } from '../../src/security/secretBox';

type Tokens = { token?: string; refreshToken?: string };

/** An installation as stored: its bot and user tokens sealed (encrypted when V2030_SECRET_KEY is set). */
export function sealInstallation(installation: Installation, box: SecretBox): Installation {
  return mapTokens(installation, (value) => box.seal(value));
}

/** The stored installation with its tokens opened again. */
export function openInstallation(installation: Installation, box: SecretBox): Installation {
  return mapTokens(installation, (value) => box.open(value));
}

function mapTokens(installation: Installation, map: (value: string) => string): Installation {
  const tokens = (part: Tokens | undefined) =>
    part && {
      ...part,
      ...(part.token ? { token: map(part.token) } : {}),
      ...(part.refreshToken ? { refreshToken: map(part.refreshToken) } : {}),
    };
  return { ...installation, ...(installation.bot ? { bot: tokens(installation.bot) } : {}), ...(installation.user ? { user: tokens(installation.user) } : {}) } as Installation;
}
