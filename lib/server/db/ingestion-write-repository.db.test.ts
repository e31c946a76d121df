import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { writeIngestions, type CheckpointRow, type IngestionWrite } from "./ingestion-write-repository";
import { useTestDatabase } from "./use-test-database";

const database = useTestDatabase();

async function parcel(state: "active" | "voided" = "active") {
  const sql = database.current().sql;
  const [order] = await sql.query<{ id: string }>(
    `INSERT INTO orders (platform_order_no, platform, status, customer_name, customer_phone, province, city, district, address_line, items, total_fen, request_hash, updated_at)
     VALUES ($1, 'taobao', 'shipped', '张三', '13800000000', '浙江省', '杭州市', '西湖区', '文三路 1 号', '[]', 100, 'h', now()) RETURNING id`,
    [`W${randomUUID().slice(0, 12)}`],
  );
  const [p] = await sql.query<{ id: string }>(`INSERT INTO parcels (order_id, carrier, tracking_number, state, updated_at) VALUES ($1, 'zto', $2, $3::"WaybillState", now()) RETURNING id`, [
    order.id,
    `7${Math.floor(Math.random() * 1e13)}`,
    state,
  ]);
  return { parcelId: p.id, orderId: order.id };
}

const checkpoint = (key: string, at: string, status = "in_transit"): CheckpointRow => ({
  dedupe_key: key,
  occurred_at: at,
  local_time: null,
  location: "杭州市",
  lng: 120.15,
  lat: 30.28,
  raw_code: "0",
  status,
  sub_status: null,
  description: `【杭州转运中心】${key}`,
  source: "test",
});

function write(target: { parcelId: string; orderId: string }, over: Partial<IngestionWrite>): IngestionWrite {
  return {
    parcelId: target.parcelId,
    checkpoints: [],
    latestEventAt: null,
    change: null,
    expected: { status: "pending", statusAt: null },
    order: { id: target.orderId, expectedStatus: "shipped", finalStatus: null, steps: [] },
    outbox: [],
    actorLabel: "test",
    requestId: "req-1",
    ...over,
  };
}

async function stateOf(target: { parcelId: string; orderId: string }) {
  const sql = database.current().sql;
  const [row] = await sql.query<{ status: string; status_at: Date | null; order_status: string; events: number; history: number; outbox: number }>(
    `SELECT p.status::text, p.status_at, o.status::text AS order_status,
       (SELECT count(*)::int FROM tracking_events e WHERE e.parcel_id = p.id) AS events,
       (SELECT count(*)::int FROM order_status_history h WHERE h.order_id = o.id) AS history,
       (SELECT count(*)::int FROM outbox_events x WHERE x.aggregate_id IN (p.id::text, o.id::text)) AS outbox
     FROM parcels p JOIN orders o ON o.id = p.order_id WHERE p.id = $1`,
    [target.parcelId],
  );
  return row;
}

describe("writeIngestions (database)", () => {
  it("writes each push of a shared statement as if it were alone", async () => {
    const [moving, scanOnly, stale, voided, replayed] = [await parcel(), await parcel(), await parcel(), await parcel("voided"), await parcel()];
    const at = "2026-11-20T02:00:00.000Z";
    await writeIngestions(database.current().sql, [write(replayed, { checkpoints: [checkpoint("seen", at)] })]);

    const results = await writeIngestions(database.current().sql, [
      write(moving, {
        checkpoints: [checkpoint("a1", at)],
        latestEventAt: at,
        change: { status: "in_transit", subStatus: null, statusAt: at, statusChanged: true },
        order: { id: moving.orderId, expectedStatus: "shipped", finalStatus: "in_transit", steps: [{ from_status: "shipped", to_status: "in_transit", reason: "test: in_transit" }] },
        outbox: [
          { type: "shipment.status_changed", aggregate_type: "parcel", aggregate_id: moving.parcelId, payload: { to: "in_transit" }, needs: "parcel" },
          { type: "order.status_changed", aggregate_type: "order", aggregate_id: moving.orderId, payload: { to: "in_transit" }, needs: "order" },
        ],
      }),
      write(scanOnly, { checkpoints: [checkpoint("b1", at), checkpoint("b2", "2026-11-20T03:00:00.000Z")] }),
      // Decided against in_transit, but the parcel is still pending: the compare-and-set must fail.
      write(stale, {
        checkpoints: [checkpoint("c1", at, "out_for_delivery")],
        change: { status: "out_for_delivery", subStatus: null, statusAt: at, statusChanged: true },
        expected: { status: "in_transit", statusAt: "2026-11-19T00:00:00.000Z" },
        order: { id: stale.orderId, expectedStatus: "in_transit", finalStatus: "out_for_delivery", steps: [{ from_status: "in_transit", to_status: "out_for_delivery", reason: "r" }] },
        outbox: [{ type: "shipment.status_changed", aggregate_type: "parcel", aggregate_id: stale.parcelId, payload: {}, needs: "parcel" }],
      }),
      write(voided, { checkpoints: [checkpoint("d1", at)], change: { status: "in_transit", subStatus: null, statusAt: at, statusChanged: true } }),
      write(replayed, { checkpoints: [checkpoint("seen", at), checkpoint("new", "2026-11-20T04:00:00.000Z")] }),
    ]);

    expect(results).toEqual([
      { inserted: 1, parcelChanged: true, casHeld: true, orderChanged: true },
      { inserted: 2, parcelChanged: false, casHeld: true, orderChanged: false },
      { inserted: 1, parcelChanged: false, casHeld: false, orderChanged: false },
      { inserted: 0, parcelChanged: false, casHeld: false, orderChanged: false },
      { inserted: 1, parcelChanged: false, casHeld: true, orderChanged: false },
    ]);
    expect(await stateOf(moving)).toMatchObject({ status: "in_transit", status_at: new Date(at), order_status: "in_transit", events: 1, history: 1, outbox: 2 });
    expect(await stateOf(scanOnly)).toMatchObject({ status: "pending", order_status: "shipped", events: 2, history: 0, outbox: 0 });
    expect(await stateOf(stale)).toMatchObject({ status: "pending", order_status: "shipped", events: 1, history: 0, outbox: 0 });
    expect(await stateOf(voided)).toMatchObject({ status: "pending", events: 0, outbox: 0 });
    expect(await stateOf(replayed)).toMatchObject({ events: 2 });
  });

  it("refuses two writes for one parcel or one order in a statement, writing nothing", async () => {
    const a = await parcel();
    const b = await parcel();
    const sameOrder = { parcelId: b.parcelId, orderId: a.orderId };
    await expect(writeIngestions(database.current().sql, [write(a, { checkpoints: [checkpoint("x1", "2026-11-20T02:00:00Z")] }), write(a, {})])).rejects.toThrow(/one write per parcel/);
    await expect(writeIngestions(database.current().sql, [write(a, {}), write(sameOrder, { checkpoints: [checkpoint("x2", "2026-11-20T02:00:00Z")] })])).rejects.toThrow(/one write per parcel and per order/);
    expect((await stateOf(a)).events).toBe(0);
    expect((await stateOf(b)).events).toBe(0);
  });
});
