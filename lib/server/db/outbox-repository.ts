import "server-only";
import type { Tx } from "./client";

export interface OutboxMessage {
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
}

/** Written in the same transaction as the change that caused it, so an event exists if and only if the change does. */
export async function appendOutbox(tx: Tx, message: OutboxMessage) {
  await tx.outboxEvent.create({ data: { ...message, payload: message.payload as object } });
}
