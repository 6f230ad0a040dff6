import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';

export const APP_ID = '0e5b7c1a-2d3f-4a5b-8c6d-7e8f9a0b1c2d';
export const APP_TENANT_ID = '5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const KID = 'local-test-key';

/** RSA key pairs take a while to generate; one set per test process is enough (each harness has its own endpoints). */
let keys: ReturnType<typeof generateKeys> | undefined;

async function generateKeys() {
  const [own, other] = await Promise.all([generateKeyPair('RS256'), generateKeyPair('RS256')]);
  return { ...own, other };
}

/**
 * Bot Framework channel authentication offline: a local OpenID metadata + JWKS endpoint with a
 * locally generated RSA key, tokens signed like the Bot Connector signs them (issuer
 * api.botframework.com, audience = app id, serviceurl claim), and outbound credentials that need
 * no Azure AD.
 */
export async function startLocalAuth(options: { openIdUrl?: string } = {}) {
  const { publicKey, privateKey, other } = await (keys ??= generateKeys());
  const jwk = { ...(await exportJWK(publicKey)), kid: KID, use: 'sig', alg: 'RS256', endorsements: ['msteams'] };
  const server = http.createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/v1/.well-known/openidconfiguration') {
      res.end(JSON.stringify({ issuer: 'https://api.botframework.com', authorization_endpoint: `${base}/authorize`, jwks_uri: `${base}/v1/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    } else if (req.url === '/v1/keys') {
      res.end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // `options.openIdUrl`: where the bot looks for the metadata instead (one that refuses or never answers).
  const openIdUrl = options.openIdUrl ?? `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`;

  async function sign(serviceUrl: string, options: { audience?: string; key?: CryptoKey; issuer?: string; expiresIn?: string } = {}): Promise<string> {
    return new SignJWT({ serviceurl: serviceUrl })
      .setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' })
      .setIssuer(options.issuer ?? 'https://api.botframework.com')
      .setAudience(options.audience ?? APP_ID)
      .setIssuedAt()
      .setNotBefore('-1 min')
      .setExpirationTime(options.expiresIn ?? '10 min')
      .sign(options.key ?? privateKey);
  }

  const credentialsFactory = {
    isValidAppId: async (appId: string) => appId === APP_ID,
    isAuthenticationDisabled: async () => false,
    createCredentials: async () => ({
      signRequest: async <T extends { headers: { set(name: string, value: string): void } }>(request: T) => {
        request.headers.set('authorization', 'Bearer outbound-test-token');
        return request;
      },
    }),
  };

  const botFrameworkAuth = new ConfigurationBotFrameworkAuthentication(
    {
      MicrosoftAppId: APP_ID,
      MicrosoftAppTenantId: APP_TENANT_ID,
      // With a custom OpenID URL botbuilder takes every endpoint from the configuration (the public cloud's values, except the metadata).
      ToBotFromChannelOpenIdMetadataUrl: openIdUrl,
      ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
      ToChannelFromBotLoginUrl: `https://login.microsoftonline.com/${APP_TENANT_ID}`,
      ToChannelFromBotOAuthScope: 'https://api.botframework.com',
      OAuthUrl: 'https://api.botframework.com',
      ToBotFromEmulatorOpenIdMetadataUrl: openIdUrl,
      CallerId: 'urn:botframework:azure',
    } as ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[0],
    credentialsFactory as unknown as ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[1],
  );

  return {
    botFrameworkAuth,
    env: { MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'not-used-offline', MICROSOFT_APP_TENANT_ID: APP_TENANT_ID, TEAMS_ALLOW_UNAUTHENTICATED: 'false' },
    sign,
    /** A key the bot does not know (a forged token). */
    otherKey: other.privateKey,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type LocalAuth = Awaited<ReturnType<typeof startLocalAuth>>;
