/** A chat request to be stored in the inbox before it is acknowledged. */
export interface InboundItem {
  tenantId: string;
  platform: string;
  /** The platform's delivery identity: a retry of the same delivery has the same key. */
  deliveryKey: string;
  /** What the platform's handler needs to process and answer it (plain JSON). */
  payload: unknown;
}
