import type { Db, Prisma } from '../db/client';

/** How a platform reaches a conversation later (Teams: botbuilder's ConversationReference), as the platform gave it. */
export interface StoredConversation {
  tenantId: string;
  platform: string;
  conversationId: string;
  /** personal | channel | groupChat */
  scope: string;
  /** The person of a personal chat, when linked: direct messages to them go there. */
  personId?: string;
  reference: unknown;
}

/** Conversation references for proactive posts: saved when the bot is added or spoken to, removed when it is removed. */
export interface ConversationReferenceStore {
  save(conversation: StoredConversation): Promise<void>;
  remove(platform: string, conversationId: string): Promise<number>;
  find(tenantId: string, platform: string, conversationId: string): Promise<StoredConversation | undefined>;
  /** The personal chat with a person (the latest stored), for direct messages. */
  personal(tenantId: string, platform: string, personId: string): Promise<StoredConversation | undefined>;
}

type Row = { tenantId: string; platform: string; conversationId: string; scope: string; personId: string | null; reference: unknown };
const toStored = (row: Row): StoredConversation => ({ ...row, personId: row.personId ?? undefined });

export function createConversationReferenceStore(db: Db): ConversationReferenceStore {
  return {
    async save({ tenantId, platform, conversationId, scope, personId, reference }) {
      const json = JSON.parse(JSON.stringify(reference)) as Prisma.InputJsonValue;
      await db.conversationReference.upsert({
        where: { platform_conversationId: { platform, conversationId } },
        create: { tenantId, platform, conversationId, scope, personId, reference: json },
        update: { tenantId, scope, reference: json, ...(personId ? { personId } : {}) },
      });
    },
    async remove(platform, conversationId) {
      return (await db.conversationReference.deleteMany({ where: { platform, conversationId } })).count;
    },
    async find(tenantId, platform, conversationId) {
      const row = await db.conversationReference.findUnique({ where: { platform_conversationId: { platform, conversationId } } });
      return row && row.tenantId === tenantId ? toStored(row) : undefined;
    },
    async personal(tenantId, platform, personId) {
      const row = await db.conversationReference.findFirst({ where: { tenantId, platform, personId, scope: 'personal' }, orderBy: { updatedAt: 'desc' } });
      return row ? toStored(row) : undefined;
    },
  };
}
