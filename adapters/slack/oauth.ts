import type { InstallProvider } from '@slack/oauth';
import type { Router } from 'express';
import { translator, type Translate } from '../../src/i18n';
import type { MessageParams } from '../../src/i18n';
import { verifiedInstallTenant } from './installLink';
import { InstallationRefused } from './installationStore';

/** Bot scopes the app asks for (keep in step with manifest.yml). */
export const BOT_SCOPES = ['commands', 'chat:write', 'users:read', 'users:read.email', 'channels:history', 'groups:history'];

const both = (key: string, params?: MessageParams) => [translator('de'), translator('en')].map((t: Translate) => t(key, params));
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(status: number, key: string, params?: MessageParams) {
  const [de, en] = both(key, params).map(escapeHtml);
  return { status, html: `<!doctype html><html lang="de"><meta charset="utf-8"><title>Verwaltung 2.030</title><body><p>${de}</p><p lang="en">${en}</p></body></html>` };
}

/**
 * `/slack/install` (only with a link signed for a municipality, see installLink.ts) and
 * `/slack/oauth_redirect` (Slack's OAuth v2 callback; stores the installation in the binding).
 */
export function mountInstallRoutes(router: Router, installer: InstallProvider, stateSecret: string, tenantName: (slug: string) => Promise<string>): void {
  router.get('/slack/install', async (req, res, next) => {
    const slug = verifiedInstallTenant(req.query as Record<string, unknown>, stateSecret);
    if (!slug) {
      const p = page(403, 'slack:installBadLink');
      res.status(p.status).type('html').send(p.html);
      return;
    }
    try {
      await installer.handleInstallPath(req, res, undefined, { scopes: BOT_SCOPES, metadata: slug });
    } catch (error) {
      next(error);
    }
  });
  router.get('/slack/oauth_redirect', async (req, res) => {
    const send = (p: { status: number; html: string }, response: typeof res) => response.status(p.status).type('html').send(p.html);
    await installer.handleCallback(req, res, {
      successAsync: async (installation, options) => {
        const tenant = await tenantName(options.metadata ?? '').catch(() => options.metadata ?? '');
        send(page(200, 'slack:installDone', { team: installation.team?.name ?? installation.enterprise?.name ?? '', tenant }), res);
      },
      failure: (error) => {
        if (error instanceof InstallationRefused) send(page(error.reason === 'installTaken' ? 409 : 400, `slack:${error.reason}`), res);
        else send(page(400, 'slack:installFailed', { reason: error.code }), res);
      },
    });
  });
}
