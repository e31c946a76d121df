import "server-only";
import type { Db } from "./client";

export async function ordersPerDay(db: Db, since: Date) {
  const rows = await db.$queryRaw<{ day: string; orders: bigint }[]>`
    SELECT to_char(date_trunc('day', created_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD') AS day, count(*) AS orders
    FROM orders WHERE created_at >= ${since} GROUP BY 1 ORDER BY 1`;
  return rows.map((r) => ({ day: r.day, orders: Number(r.orders) }));
}

export async function parcelsByCarrier(db: Db, since: Date) {
  const rows = await db.$queryRaw<{ carrier: string; parcels: bigint; delivered: bigint }[]>`
    SELECT carrier, count(*) AS parcels, count(*) FILTER (WHERE status = 'delivered') AS delivered
    FROM parcels WHERE created_at >= ${since} AND state = 'active' GROUP BY carrier ORDER BY parcels DESC`;
  return rows.map((r) => ({ carrier: r.carrier, parcels: Number(r.parcels), delivered: Number(r.delivered) }));
}
