import "server-only";
// Data access for orders. The only module (with its siblings in lib/server/db) that speaks Prisma.
import { allowedTransitions, type OrderStatus } from "@/lib/domain/orders/order-state-machine";
import type { CreateOrderInput, OrderDto } from "@/lib/schemas/order";
import type { Db, Tx } from "./client";
import type { Prisma } from "./generated/client";

const orderInclude = { parcels: { orderBy: { createdAt: "asc" } } } as const satisfies Prisma.OrderInclude;
type OrderRow = Prisma.OrderGetPayload<{ include: typeof orderInclude }>;

export function toOrderDto(row: OrderRow): OrderDto {
  return {
    id: row.id,
    platformOrderNo: row.platformOrderNo,
    platform: row.platform,
    status: row.status,
    customer: { name: row.customerName, phone: row.customerPhone },
    address: { province: row.province, city: row.city, district: row.district, line: row.addressLine, postalCode: row.postalCode },
    items: row.items as OrderDto["items"],
    totalFen: row.totalFen,
    promisedDeliveryAt: row.promisedDeliveryAt?.toISOString() ?? null,
    attributes: (row.attributes ?? {}) as Record<string, unknown>,
    parcels: row.parcels.map((p) => ({
      id: p.id,
      carrier: p.carrier,
      trackingNumber: p.trackingNumber,
      state: p.state,
      status: p.status,
      subStatus: p.subStatus,
      lastEventAt: p.lastEventAt?.toISOString() ?? null,
      createdAt: p.createdAt.toISOString(),
    })),
    allowedTransitions: [...allowedTransitions(row.status)],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function findOrderById(db: Db | Tx, id: string): Promise<OrderDto | null> {
  if (!isUuid(id)) return null;
  const row = await db.order.findUnique({ where: { id }, include: orderInclude });
  return row ? toOrderDto(row) : null;
}

export async function findOrderByPlatformNo(db: Db | Tx, platformOrderNo: string) {
  return db.order.findUnique({ where: { platformOrderNo }, include: orderInclude });
}

/**
 * Inserts unless the platform order number exists. ON CONFLICT DO NOTHING keeps concurrent identical requests
 * from aborting the transaction; the caller compares request hashes to tell a replay from a conflict.
 */
export async function insertOrderIfAbsent(tx: Tx, input: CreateOrderInput, requestHash: string): Promise<string | null> {
  const totalFen = input.items.reduce((sum, i) => sum + i.quantity * i.unitPriceFen, 0);
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO orders (platform_order_no, platform, status, customer_name, customer_phone, province, city, district,
      address_line, postal_code, items, total_fen, promised_delivery_at, attributes, request_hash, updated_at)
    VALUES (${input.platformOrderNo}, ${input.platform}, ${input.status}::"OrderStatus", ${input.customer.name},
      ${input.customer.phone}, ${input.address.province}, ${input.address.city}, ${input.address.district},
      ${input.address.line}, ${input.address.postalCode ?? null}, ${JSON.stringify(input.items)}::jsonb, ${totalFen},
      ${input.promisedDeliveryAt ? new Date(input.promisedDeliveryAt) : null}::timestamptz,
      ${JSON.stringify(input.attributes ?? {})}::jsonb, ${requestHash}, now())
    ON CONFLICT (platform_order_no) DO NOTHING
    RETURNING id`;
  return rows[0]?.id ?? null;
}

/** Compare-and-set on the status so two concurrent transitions cannot both win. */
export async function updateOrderStatusIf(tx: Tx, id: string, from: OrderStatus, to: OrderStatus): Promise<boolean> {
  const result = await tx.order.updateMany({ where: { id, status: from }, data: { status: to, statusChangedAt: new Date() } });
  return result.count === 1;
}

export interface HistoryEntry {
  orderId: string;
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus;
  actorType: string;
  actorId: string | null;
  actorLabel: string | null;
  reason?: string | null;
  ip?: string | null;
  requestId?: string | null;
}

export async function insertStatusHistory(tx: Tx, entry: HistoryEntry) {
  await tx.orderStatusHistory.create({ data: { ...entry, reason: entry.reason ?? null, ip: entry.ip ?? null, requestId: entry.requestId ?? null } });
}

export async function listOrderHistory(db: Db, orderId: string) {
  return db.orderStatusHistory.findMany({ where: { orderId }, orderBy: { createdAt: "asc" } });
}

export interface OrderListFilter {
  statuses?: OrderStatus[];
  carrier?: string;
  q?: string;
  cursor?: { createdAt: Date; id: string };
  limit: number;
}

export async function listOrders(db: Db, f: OrderListFilter) {
  const and: Prisma.OrderWhereInput[] = [];
  if (f.statuses?.length) and.push({ status: { in: f.statuses } });
  if (f.carrier) and.push({ parcels: { some: { carrier: f.carrier, state: "active" } } });
  if (f.q) {
    const q = f.q.trim();
    and.push({
      OR: [
        { platformOrderNo: { startsWith: q.toUpperCase() } },
        { customerName: { contains: q } },
        { parcels: { some: { trackingNumber: q.replace(/[\s-]/g, "").toUpperCase() } } },
      ],
    });
  }
  if (f.cursor) {
    and.push({ OR: [{ createdAt: { lt: f.cursor.createdAt } }, { createdAt: f.cursor.createdAt, id: { lt: f.cursor.id } }] });
  }
  const rows = await db.order.findMany({
    where: { AND: and },
    include: orderInclude,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: f.limit + 1,
  });
  const page = rows.slice(0, f.limit);
  const last = page[page.length - 1];
  return { rows: page.map(toOrderDto), next: rows.length > f.limit && last ? { createdAt: last.createdAt, id: last.id } : null };
}

export async function countOrdersByStatus(db: Db, statuses?: OrderStatus[]) {
  const groups = await db.order.groupBy({ by: ["status"], _count: { _all: true }, where: statuses ? { status: { in: statuses } } : {} });
  return Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<Record<OrderStatus, number>>;
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

export async function findOrderIdByCode(db: Db, platformOrderNo: string, trackingNumber: string): Promise<string | null> {
  const order = await db.order.findUnique({ where: { platformOrderNo }, select: { id: true } });
  if (order) return order.id;
  const parcel = await db.parcel.findFirst({ where: { trackingNumber }, select: { orderId: true }, orderBy: { createdAt: "desc" } });
  return parcel?.orderId ?? null;
}

export async function findStaleOrders(db: Db, before: Date, limit: number): Promise<OrderDto[]> {
  const rows = await db.order.findMany({
    where: { status: { in: ["shipped", "in_transit", "out_for_delivery"] }, statusChangedAt: { lt: before } },
    include: orderInclude,
    orderBy: { statusChangedAt: "asc" },
    take: limit,
  });
  return rows.map(toOrderDto);
}

/** Delivered orders past the return window, locked so concurrent instances complete each once. */
export async function claimOrdersToComplete(tx: Tx, deliveredBefore: Date, limit: number): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM orders WHERE status = 'delivered' AND status_changed_at < ${deliveredBefore}
    ORDER BY status_changed_at LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
  return rows.map((r) => r.id);
}

/** Orders still shown as travelling although every active parcel is delivered (a multi-parcel race), locked. */
export async function claimOrdersWithAllParcelsDelivered(tx: Tx, limit: number): Promise<{ id: string; status: OrderStatus }[]> {
  return tx.$queryRaw<{ id: string; status: OrderStatus }[]>`
    SELECT o.id, o.status::text AS status FROM orders o
    WHERE o.status IN ('shipped', 'in_transit', 'out_for_delivery', 'exception')
      AND EXISTS (SELECT 1 FROM parcels p WHERE p.order_id = o.id AND p.state = 'active')
      AND NOT EXISTS (SELECT 1 FROM parcels p WHERE p.order_id = o.id AND p.state = 'active' AND p.status <> 'delivered')
    LIMIT ${limit} FOR UPDATE OF o SKIP LOCKED`;
}
