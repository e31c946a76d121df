import "server-only";
import type { Db } from "./client";

/** By tracking number first, then by platform order number. */
export async function findPublicTracking(db: Db, number: string) {
  const include = {
    parcels: {
      where: { state: "active" as const },
      orderBy: { createdAt: "asc" as const },
      include: { events: { orderBy: { occurredAt: "desc" as const }, take: 200 } },
    },
  };
  const parcel = await db.parcel.findFirst({ where: { trackingNumber: number, state: "active" }, select: { orderId: true } });
  if (parcel) return db.order.findUnique({ where: { id: parcel.orderId }, include });
  return db.order.findUnique({ where: { platformOrderNo: number }, include });
}

export function listParcelEvents(db: Db, orderId: string) {
  return db.parcel.findMany({
    where: { orderId },
    orderBy: [{ createdAt: "asc" }],
    include: { events: { orderBy: { occurredAt: "desc" }, take: 100 } },
  });
}

