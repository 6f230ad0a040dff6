import type { Installation } from '@slack/bolt';
import type { Locale } from '../../src/i18n';
import type { Binding, BindingStore } from '../../src/platform/bindings';
import type { SecretBox } from '../../src/security/secretBox';
import { openInstallation } from './installationSecrets';

/** A Slack workspace (or Grid organisation) bound to a municipality, with the token to act in it. */
export interface Workspace {
  /** The binding's key: the team id, or the enterprise id of an org-wide installation. */
  externalId: string;
  tenantId: string;
  tenantLocale: Locale;
  botToken?: string;
  botUserId?: string;
  botId?: string;
}

/** The workspace the bot token of a single-workspace installation belongs to (from auth.test at start). */
export interface SingleWorkspace {
  token: string;
  teamId: string;
  enterpriseId?: string;
  botUserId?: string;
  botId?: string;
}

const TTL_MS = 60_000;

/**
 * Finds a request's workspace by team id, then enterprise id. Lookups are cached for a minute per
 * process (bindings change only on install and uninstall, which invalidate the cache here; other
 * threads and replicas see it after the minute, except where they ask for a fresh lookup).
 */
export class WorkspaceDirectory {
  private readonly cache = new Map<string, { at: number; workspace: Workspace | undefined }>();

  constructor(
    private readonly bindings: Pick<BindingStore, 'find' | 'firstOfTenant'>,
    private readonly single: SingleWorkspace | undefined,
    /** Opens the stored tokens (sealed by the installation store). */
    private readonly secrets: SecretBox,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * `fresh` reads the binding instead of the cache: the inbox worker does, since it may run in
   * another thread or replica than the listener that handled an uninstall and invalidated its cache.
   */
  async find(teamId: string | undefined, enterpriseId: string | undefined, options: { fresh?: boolean } = {}): Promise<Workspace | undefined> {
    for (const id of [teamId, enterpriseId]) {
      if (!id) continue;
      if (options.fresh) this.cache.delete(id);
      const workspace = await this.byExternalId(id);
      if (workspace) return workspace;
    }
    return undefined;
  }

  /** The first workspace bound to a tenant (for proactive posts). */
  async forTenant(tenantId: string): Promise<Workspace | undefined> {
    const binding = await this.bindings.firstOfTenant('slack', tenantId);
    return binding ? this.toWorkspace(binding) : undefined;
  }

  invalidate(externalId?: string): void {
    if (externalId) this.cache.delete(externalId);
    else this.cache.clear();
  }

  private async byExternalId(externalId: string): Promise<Workspace | undefined> {
    const hit = this.cache.get(externalId);
    if (hit && this.now() - hit.at < TTL_MS) return hit.workspace;
    const binding = await this.bindings.find('slack', externalId);
    const workspace = binding ? this.toWorkspace(binding) : undefined;
    this.cache.set(externalId, { at: this.now(), workspace });
    return workspace;
  }

  private toWorkspace({ externalId, tenantId, tenantLocale, installation }: Binding): Workspace {
    const bot = installation ? openInstallation(installation as Installation, this.secrets).bot : undefined;
    const single = this.single && (this.single.teamId === externalId || this.single.enterpriseId === externalId) ? this.single : undefined;
    return {
      externalId,
      tenantId,
      tenantLocale,
      botToken: bot?.token ?? single?.token,
      botUserId: bot?.userId ?? single?.botUserId,
      botId: bot?.id ?? single?.botId,
    };
  }
}
