import crypto from 'node:crypto';
import type { Db, Tx } from '../db/client';
import type { Block, Message } from '../messages/model';
import type { OutgoingImage } from './outgoingPort';

/** How long an image is served under its URL (Teams cards load it when shown; Slack keeps its own copy). */
export const IMAGE_LIFETIME_MS = 90 * 24 * 3600_000;

export interface NewImage {
  tenantId: string;
  /** The encoded image (the core renders PNG). */
  bytes: Uint8Array;
  contentType?: string;
  width: number;
  height: number;
  /** What the image shows, in words: every platform's fallback and screen readers' text. */
  alt: string;
}

/**
 * Stores an image for a message (in the caller's transaction when given) and returns the block that
 * shows it. The id is 256 random bits, so the image's URL (`/images/<id>`) cannot be guessed.
 */
export async function storeImage(db: Db | Tx, image: NewImage, now: Date, title?: string): Promise<Extract<Block, { type: 'image' }>> {
  const id = crypto.randomBytes(32).toString('base64url');
  await db.messageImage.create({
    data: {
      id,
      tenantId: image.tenantId,
      contentType: image.contentType ?? 'image/png',
      bytes: Buffer.from(image.bytes),
      width: image.width,
      height: image.height,
      alt: image.alt,
      createdAt: now,
      expiresAt: new Date(now.getTime() + IMAGE_LIFETIME_MS),
    },
  });
  return { type: 'image', imageId: id, alt: image.alt, ...(title ? { title } : {}) };
}

/** The ids of a message's images, in order. */
export function imageIdsOf(message: Message): string[] {
  return message.blocks.flatMap((b) => (b.type === 'image' ? [b.imageId] : []));
}

/** A message's images with their bytes, for the sender; images that expired or are gone are left out (their alt text stands in). */
export async function loadImages(db: Db, tenantId: string, message: Message): Promise<OutgoingImage[]> {
  const ids = imageIdsOf(message);
  if (ids.length === 0) return [];
  const rows = await db.messageImage.findMany({ where: { id: { in: ids }, tenantId } });
  return rows.map((r) => ({ id: r.id, alt: r.alt, contentType: r.contentType, width: r.width, height: r.height, bytes: r.bytes }));
}

/** An image to serve under its URL, unless it expired. */
export async function servableImage(db: Db, id: string, now: Date): Promise<{ contentType: string; bytes: Uint8Array; expiresAt: Date } | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(id)) return undefined;
  const row = await db.messageImage.findUnique({ where: { id }, select: { contentType: true, bytes: true, expiresAt: true } });
  return row && row.expiresAt > now ? row : undefined;
}

/** Removes expired images; returns how many. */
export async function deleteExpiredImages(db: Db, now: Date): Promise<number> {
  return (await db.messageImage.deleteMany({ where: { expiresAt: { lte: now } } })).count;
}
