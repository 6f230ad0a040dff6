import { ConfigurationBotFrameworkAuthentication, StatusCodes, type CloudAdapter } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';

/** botbuilder's authentication interface (from botframework-connector), as CloudAdapter takes it. */
export type BotFrameworkAuthentication = NonNullable<ConstructorParameters<typeof CloudAdapter>[0]>;
import type { Logger } from '../../src/logger';
import type { TeamsSettings } from './settings';

/** Raised at start when Teams is asked for without credentials and without explicit local development. */
export class TeamsNotConfiguredError extends Error {}

export type TeamsAuthMode = { authenticated: true; appId: string } | { authenticated: false; appId: '' };

/**
 * Decides how /api/messages authenticates. With MICROSOFT_APP_ID/PASSWORD/TENANT_ID, botbuilder
 * validates every request's JWT (single-tenant Azure bot). Without them botbuilder would accept
 * every request, so the endpoint refuses to start unless TEAMS_ALLOW_UNAUTHENTICATED=true asks for
 * local development explicitly — and then the process that serves the endpoint says so loudly
 * (`warnUnauthenticated`, once, when it is mounted).
 */
export function teamsAuthMode(teams: TeamsSettings | undefined): TeamsAuthMode {
  if (teams && !teams.unauthenticated) return { authenticated: true, appId: teams.appId };
  if (!teams) {
    throw new TeamsNotConfiguredError(
      'Microsoft Teams is not configured: set MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID (Azure bot registration), ' +
        'or TEAMS_ALLOW_UNAUTHENTICATED=true for local development only.',
    );
  }
  return { authenticated: false, appId: '' };
}

export function warnUnauthenticated(logger: Logger): void {
  logger.warn(
    '!!! TEAMS_ALLOW_UNAUTHENTICATED=true: /api/messages accepts requests WITHOUT authentication. Anyone who can reach this port can act as any Teams user. Local development only — never in production. !!!',
  );
}

/** botbuilder's authentication for the mode: Azure single-tenant credentials, or none. */
export function createBotFrameworkAuthentication(teams: TeamsSettings | undefined): BotFrameworkAuthentication {
  if (!teams || teams.unauthenticated) return new ConfigurationBotFrameworkAuthentication({});
  return new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: teams.appId,
    MicrosoftAppPassword: teams.appPassword,
    MicrosoftAppTenantId: teams.appTenantId,
    MicrosoftAppType: 'SingleTenant',
  } as ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[0]);
}

const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * botbuilder answers a token with a bad signature or malformed JWT with 500 (the verifier's error is
 * not an AuthenticationError). Such a request is unauthenticated, not a server fault: map it to 401.
 * Failures to fetch the signing keys stay 500.
 */
export function withTokenErrorsAs401(inner: BotFrameworkAuthentication): BotFrameworkAuthentication {
  return new Proxy(inner, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property !== 'authenticateRequest' || typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } catch (error) {
          if (error instanceof Error && TOKEN_ERRORS.has(error.name)) throw new AuthenticationError(`Unauthorized. ${error.message}`, StatusCodes.UNAUTHORIZED);
          throw error;
        }
      };
    },
  });
}
