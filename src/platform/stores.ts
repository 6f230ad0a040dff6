import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { NotFoundError } from '../domain/errors';
import type { InboxAdapterOptions } from '../inbox/inboxAdapterOptions';
import { inboxProgress, type InboxProgress } from '../inbox/inboxProgress';
import { PlatformInbox } from '../inbox/platformInbox';
import type { Logger } from '../logger';
import { servableImage } from '../outbox/images';
import { resolveTenant, type Tenant, type TenantKey } from '../tenancy/tenant';
import { createBindingStore, type BindingStore } from './bindings';
import { createConversationReferenceStore, type ConversationReferenceStore } from './conversationReferences';
import { createIdentityStore, type IdentityStore } from './identities';
import { checkInstallLink, type InstallRefusal } from './installLinks';

/**
 * What a platform adapter stores and looks up, behind ports of the core: adapters hold no SQL
 * (test/architecture/boundaries.test.ts). The composition root builds these from the database.
 */
export interface PlatformStores {
  /** The municipality a request names (undefined when there is none). */
  tenant(key: TenantKey): Promise<Tenant | undefined>;
  bindings: BindingStore;
  identities: IdentityStore;
  conversations: ConversationReferenceStore;
  /** Whether an install link may start an installation now. */
  checkInstallLink(id: string, now: Date): Promise<{ ok: true; tenantId: string } | { ok: false; reason: InstallRefusal }>;
  /** An image under its URL (`/images/<id>`), unless expired. */
  image(id: string, now: Date): Promise<{ contentType: string; bytes: Uint8Array; expiresAt: Date } | undefined>;
  /** A platform's durable inbox (the writer its listener stores requests with, and the worker). */
  inbox(platform: string, logger: Logger, options?: InboxAdapterOptions): PlatformInbox;
  /** Whether the inbox is worked off (`/healthz`; rejects when the database does not answer). */
  inboxProgress(now: Date): Promise<InboxProgress>;
}

export function createPlatformStores(db: Db, clock: Clock): PlatformStores {
  return {
    tenant: (key) =>
      resolveTenant(db, key, clock).catch((error: unknown) => {
        if (error instanceof NotFoundError) return undefined;
        throw error;
      }),
    bindings: createBindingStore(db),
    identities: createIdentityStore(db),
    conversations: createConversationReferenceStore(db),
    checkInstallLink: (id, now) => checkInstallLink(db, id, now),
    image: (id, now) => servableImage(db, id, now),
    inbox: (platform, logger, options) => new PlatformInbox({ db, logger, platform, options }),
    inboxProgress: (now) => inboxProgress(db, now),
  };
}
