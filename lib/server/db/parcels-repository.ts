import "server-only";
import type { Db, Tx } from "./client";

export async function lockOrderForShipping(tx: Tx, orderId: string) {
  // Row lock: a second packing station shipping the same order waits here, then sees it shipped.
  const rows = await tx.$queryRaw<{ id: string; status: string }[]>`SELECT id, status::text AS status FROM orders WHERE id = ${orderId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

export function activeParcelsOfOrder(db: Db | Tx, orderId: string) {
  return db.parcel.findMany({ where: { orderId, state: "active" }, orderBy: [{ parcelIndex: "asc" }, { createdAt: "asc" }] });
}

export function insertParcel(
  tx: Tx,
  p: { orderId: string; carrier: string; trackingNumber: string; sortCode?: string | null; issuedBy: string; parcelIndex: number; providerRef?: string | null; weightGrams?: number | null; items?: object | null; nextPollAt?: Date | null },
) {
  return tx.parcel.create({ data: { ...p, sortCode: p.sortCode ?? null, providerRef: p.providerRef ?? null, weightGrams: p.weightGrams ?? null, items: p.items ?? undefined, nextPollAt: p.nextPollAt ?? null } });
}

/** Every parcel the order ever had, voided ones included: waybill references must never repeat. */
export function countParcelsEver(tx: Tx, orderId: string) {
  return tx.parcel.count({ where: { orderId } });
}

export function findParcelsByTrackingNumber(db: Db | Tx, trackingNumber: string) {
  return db.parcel.findMany({ where: { trackingNumber }, include: { order: { select: { id: true, platformOrderNo: true } } } });
}

export function voidParcel(tx: Tx, id: string, reason: string) {
  return tx.parcel.updateMany({ where: { id, state: "active" }, data: { state: "voided", voidedAt: new Date(), voidReason: reason } });
}

export function findParcelsForLabels(db: Db, where: { trackingNumbers?: string[]; orderIds?: string[] }) {
  return db.parcel.findMany({
    where: {
      state: "active",
      ...(where.trackingNumbers ? { trackingNumber: { in: where.trackingNumbers } } : {}),
      ...(where.orderIds ? { orderId: { in: where.orderIds } } : {}),
    },
    include: { order: true },
    orderBy: [{ createdAt: "asc" }, { parcelIndex: "asc" }],
  });
}

export function recentShipments(db: Db, limit: number) {
  return db.parcel.findMany({ where: { state: "active" }, orderBy: { createdAt: "desc" }, take: limit, include: { order: { select: { id: true, platformOrderNo: true, customerName: true, city: true, status: true } } } });
}
