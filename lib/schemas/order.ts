// Order input/output schemas: one definition shared by the API handlers, server actions, forms and the OpenAPI
// document.
import { z } from "zod";
import { ORDER_STATUSES } from "@/lib/domain/orders/order-state-machine";

export const PLATFORMS = ["taobao", "tmall", "jd", "pdd", "douyin", "other"] as const;

export const orderStatusSchema = z.enum(ORDER_STATUSES).meta({ id: "OrderStatus", description: "Order state" });

const trimmed = (max: number) => z.string().trim().min(1, "Required").max(max, `At most ${max} characters`);

export const platformOrderNoSchema = z
  .string()
  .trim()
  .min(3, "At least 3 characters")
  .max(64, "At most 64 characters")
  .regex(/^[A-Za-z0-9_-]+$/, "Letters, digits, - and _ only")
  .transform((s) => s.toUpperCase());

export const orderItemSchema = z.object({
  sku: trimmed(64),
  name: trimmed(200),
  quantity: z.number().int("Whole number").min(1, "At least 1").max(10_000),
  unitPriceFen: z.number().int("Integer minor units (fen)").min(0).max(100_000_000),
});

export const createOrderSchema = z
  .object({
    platformOrderNo: platformOrderNoSchema.describe("The shop platform's order number; unique, the idempotency key"),
    platform: z.enum(PLATFORMS),
    status: z.enum(["pending_payment", "paid"]).default("paid").describe("Initial state; ERP usually sends paid orders"),
    customer: z.object({
      name: trimmed(100),
      phone: z.string().trim().regex(/^(\+?86)?1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/, "A mainland mobile or landline number"),
    }),
    address: z.object({
      province: trimmed(50),
      city: trimmed(50),
      district: trimmed(50),
      line: trimmed(300),
      postalCode: z.string().trim().regex(/^\d{6}$/, "Six digits").optional(),
    }),
    items: z.array(orderItemSchema).min(1, "At least one item").max(500),
    promisedDeliveryAt: z.iso.datetime({ offset: true, message: "ISO 8601 date-time with offset" }).optional(),
    attributes: z
      .record(z.string().max(64), z.union([z.string().max(500), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()])).max(20)]))
      .refine((r) => Object.keys(r).length <= 50, "At most 50 attributes")
      .default({})
      .describe("Dynamic attributes, e.g. coldChain: true, temperatureC: [2, 8]"),
  })
  .meta({ id: "CreateOrder" });
export type CreateOrderInput = z.infer<typeof createOrderSchema>;

export const transitionOrderSchema = z
  .object({
    to: orderStatusSchema,
    reason: z.string().trim().max(500).optional(),
  })
  .meta({ id: "TransitionOrder" });
export type TransitionOrderInput = z.infer<typeof transitionOrderSchema>;

export const listOrdersQuerySchema = z.object({
  status: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(",").map((x) => x.trim()).filter(Boolean) : undefined))
    .pipe(z.array(orderStatusSchema).optional()),
  carrier: z.string().trim().toLowerCase().max(32).optional(),
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListOrdersQuery = z.infer<typeof listOrdersQuerySchema>;

export const parcelSchema = z
  .object({
    id: z.string(),
    carrier: z.string(),
    trackingNumber: z.string(),
    state: z.enum(["active", "voided"]),
    status: z.string(),
    subStatus: z.string().nullable(),
    lastEventAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "Parcel" });

export const orderSchema = z
  .object({
    id: z.uuid(),
    platformOrderNo: z.string(),
    platform: z.string(),
    status: orderStatusSchema,
    customer: z.object({ name: z.string(), phone: z.string() }),
    address: z.object({ province: z.string(), city: z.string(), district: z.string(), line: z.string(), postalCode: z.string().nullable() }),
    items: z.array(orderItemSchema),
    totalFen: z.number().int(),
    promisedDeliveryAt: z.string().nullable(),
    attributes: z.record(z.string(), z.unknown()),
    parcels: z.array(parcelSchema),
    allowedTransitions: z.array(orderStatusSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Order" });
export type OrderDto = z.infer<typeof orderSchema>;

export const orderPageSchema = z.object({ data: z.array(orderSchema), nextCursor: z.string().nullable() }).meta({ id: "OrderPage" });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      requestId: z.string().optional(),
      fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
      allowed: z.array(z.string()).optional(),
    }),
  })
  .meta({ id: "Error" });
