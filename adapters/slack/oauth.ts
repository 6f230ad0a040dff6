import type { InstallProvider } from '@slack/oauth';
import type { Router } from 'express';
import { translator, type Translate } from '../../src/i18n';
import type { MessageParams } from '../../src/i18n';
import type { Clock } from '../../src/clock';
import { InstallRefused, type InstallRefusal } from '../../src/platform/bindings';
import type { PlatformStores } from '../../src/platform/stores';
import { bindingKeyOf } from './installationStore';

/** Bot scopes the app asks for (keep in step with manifest.yml). */
export const BOT_SCOPES = ['commands', 'chat:write', 'users:read', 'users:read.email', 'channels:history', 'groups:history'];

const both = (key: string, params?: MessageParams) => [translator('de'), translator('en')].map((t: Translate) => t(key, params));
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(status: number, key: string, params?: MessageParams) {
  const [de, en] = both(key, params).map(escapeHtml);
  return { status, html: `<!doctype html><html lang="de"><meta charset="utf-8"><title>Verwaltung 2.030</title><body><p>${de}</p><p lang="en">${en}</p></body></html>` };
}

const STATUS: Record<InstallRefusal, number> = { installBadLink: 403, installLinkRevoked: 403, installLinkExpired: 410, installLinkUsed: 409, installTaken: 409 };

/** The path (below the bot's public URL) of an install link an operator hands to a municipality's Slack admin. */
export const installLinkPath = (linkId: string) => `/slack/install?link=${encodeURIComponent(linkId)}`;

/**
 * `/slack/install` (only with a valid install link of a municipality: `v2030 slack-install-link`)
 * and `/slack/oauth_redirect` (Slack's OAuth v2 callback; stores the installation in the binding,
 * consuming the link, whose id travels as the OAuth metadata).
 */
export function mountInstallRoutes(router: Router, installer: InstallProvider, stores: Pick<PlatformStores, 'checkInstallLink' | 'bindings'>, clock: Clock): void {
  router.get('/slack/install', async (req, res, next) => {
    const linkId = typeof req.query.link === 'string' ? req.query.link : '';
    const check = await stores.checkInstallLink(linkId, clock.now());
    if (!check.ok) {
      const p = page(STATUS[check.reason], `slack:${check.reason}`);
      res.status(p.status).type('html').send(p.html);
      return;
    }
    try {
      await installer.handleInstallPath(req, res, undefined, { scopes: BOT_SCOPES, metadata: linkId });
    } catch (error) {
      next(error);
    }
  });
  router.get('/slack/oauth_redirect', async (req, res) => {
    const send = (p: { status: number; html: string }, response: typeof res) => response.status(p.status).type('html').send(p.html);
    await installer.handleCallback(req, res, {
      successAsync: async (installation) => {
        const key = bindingKeyOf(installation);
        const tenant = (key ? await stores.bindings.find('slack', key) : undefined)?.tenantName ?? '';
        send(page(200, 'slack:installDone', { team: installation.team?.name ?? installation.enterprise?.name ?? '', tenant }), res);
      },
      failure: (error) => {
        if (error instanceof InstallRefused) send(page(STATUS[error.reason], `slack:${error.reason}`), res);
        else send(page(400, 'slack:installFailed', { reason: error.code }), res);
      },
    });
  });
}
