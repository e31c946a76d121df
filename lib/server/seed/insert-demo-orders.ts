// Bulk-inserts generated demo orders: one INSERT … SELECT FROM jsonb_to_recordset per table per batch, so 100k
// orders load in well under two minutes on PostgreSQL (row-by-row Prisma creates would take far longer).
import { randomUUID } from "node:crypto";
import type { DemoOrder } from "@/lib/demo/types";
import { checkpointDedupeKey } from "@/lib/domain/tracking/checkpoint-dedupe-key";
import type { SqlExecutor } from "@/lib/server/db/migrations";

export async function insertDemoOrders(sql: SqlExecutor, orders: DemoOrder[]): Promise<void> {
  const orderRows: unknown[] = [];
  const historyRows: unknown[] = [];
  const parcelRows: unknown[] = [];
  const eventRows: unknown[] = [];
  for (const o of orders) {
    const id = randomUUID();
    orderRows.push({
      id, platform_order_no: o.platformOrderNo, platform: o.platform, status: o.status, customer_name: o.customerName,
      customer_phone: o.customerPhone, province: o.province, city: o.city, district: o.district, address_line: o.addressLine,
      items: o.items, total_fen: o.totalFen, promised_delivery_at: o.promisedDeliveryAt.toISOString(),
      attributes: { ...o.attributes, warehouse: o.warehouseCode }, request_hash: "seed", created_at: o.createdAt.toISOString(),
      updated_at: o.statusChangedAt.toISOString(), status_changed_at: o.statusChangedAt.toISOString(),
    });
    for (const h of o.history) {
      historyRows.push({
        id: randomUUID(), order_id: id, from_status: h.from, to_status: h.to, actor_type: h.actor === "warehouse" || h.actor === "customer" ? "user" : h.actor,
        actor_label: h.actor === "warehouse" ? "warehouse@shiplane.local" : h.actor, reason: h.reason ?? null, created_at: h.at.toISOString(),
      });
    }
    for (const p of o.parcels) {
      const parcelId = randomUUID();
      const first = p.checkpoints[0]?.occurredAt ?? o.statusChangedAt;
      parcelRows.push({
        id: parcelId, order_id: id, carrier: p.carrier, tracking_number: p.trackingNumber, status: p.status, sub_status: p.subStatus ?? null,
        weight_grams: p.weightGrams, items: p.items, last_event_at: p.lastEventAt?.toISOString() ?? null, status_at: p.lastEventAt?.toISOString() ?? null,
        issued_by: "seed",
        created_at: new Date(first.getTime() - 3_600_000).toISOString(), updated_at: (p.lastEventAt ?? first).toISOString(),
      });
      for (const c of p.checkpoints) {
        eventRows.push({
          id: randomUUID(), parcel_id: parcelId,
          dedupe_key: checkpointDedupeKey({ occurredAt: c.occurredAt, rawCode: c.rawCode, description: c.description, location: c.location }),
          occurred_at: c.occurredAt.toISOString(), local_time: c.localTime, location: c.location, lng: c.lng, lat: c.lat, raw_code: c.rawCode,
          status: c.status, sub_status: c.subStatus ?? null, description: c.description, source: "sandbox", received_at: c.occurredAt.toISOString(),
        });
      }
    }
  }
  await sql.withLock(async (tx) => {
    await tx.exec("BEGIN");
    try {
      // Demo data: losing the last batch to a crash is harmless, waiting for each WAL flush is not.
      await tx.exec("SET LOCAL synchronous_commit = off");
      await tx.query(
        `INSERT INTO orders (id, platform_order_no, platform, status, customer_name, customer_phone, province, city, district, address_line,
           items, total_fen, promised_delivery_at, attributes, request_hash, created_at, updated_at, status_changed_at)
         SELECT id, platform_order_no, platform, status::"OrderStatus", customer_name, customer_phone, province, city, district, address_line,
           items, total_fen, promised_delivery_at, attributes, request_hash, created_at, updated_at, status_changed_at
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, platform_order_no text, platform text, status text, customer_name text,
           customer_phone text, province text, city text, district text, address_line text, items jsonb, total_fen int,
           promised_delivery_at timestamptz, attributes jsonb, request_hash text, created_at timestamptz, updated_at timestamptz,
           status_changed_at timestamptz)
         ON CONFLICT (platform_order_no) DO NOTHING`,
        [JSON.stringify(orderRows)],
      );
      await tx.query(
        `INSERT INTO order_status_history (id, order_id, from_status, to_status, actor_type, actor_label, reason, created_at)
         SELECT x.id, x.order_id, x.from_status::"OrderStatus", x.to_status::"OrderStatus", x.actor_type, x.actor_label, x.reason, x.created_at
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, order_id uuid, from_status text, to_status text, actor_type text, actor_label text,
           reason text, created_at timestamptz)
         JOIN orders o ON o.id = x.order_id`,
        [JSON.stringify(historyRows)],
      );
      await tx.query(
        `INSERT INTO parcels (id, order_id, carrier, tracking_number, status, sub_status, weight_grams, items, last_event_at, status_at,
           issued_by, created_at, updated_at)
         SELECT x.id, x.order_id, x.carrier, x.tracking_number, x.status::"ShipmentStatus", x.sub_status, x.weight_grams, x.items,
           x.last_event_at, x.status_at, x.issued_by, x.created_at, x.updated_at
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, order_id uuid, carrier text, tracking_number text, status text, sub_status text,
           weight_grams int, items jsonb, last_event_at timestamptz, status_at timestamptz, issued_by text, created_at timestamptz,
           updated_at timestamptz)
         JOIN orders o ON o.id = x.order_id
         ON CONFLICT (carrier, tracking_number) DO NOTHING`,
        [JSON.stringify(parcelRows)],
      );
      await tx.query(
        `INSERT INTO tracking_events (id, parcel_id, dedupe_key, occurred_at, local_time, location, lng, lat, raw_code, status, sub_status,
           description, source, received_at)
         SELECT x.id, x.parcel_id, x.dedupe_key, x.occurred_at, x.local_time, x.location, x.lng, x.lat, x.raw_code, x.status::"ShipmentStatus",
           x.sub_status, x.description, x.source, x.received_at
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, parcel_id uuid, dedupe_key text, occurred_at timestamptz, local_time text,
           location text, lng double precision, lat double precision, raw_code text, status text, sub_status text, description text,
           source text, received_at timestamptz)
         JOIN parcels p ON p.id = x.parcel_id
         ON CONFLICT (parcel_id, dedupe_key) DO NOTHING`,
        [JSON.stringify(eventRows)],
      );
      await tx.exec("COMMIT");
    } catch (error) {
      await tx.exec("ROLLBACK");
      throw error;
    }
  });
}
