import { z } from "zod";

export const shipOrderSchema = z
  .object({
    carrier: z.string().trim().toLowerCase().max(20).optional().describe("Carrier code; chosen by the carrier rules when absent"),
    parcels: z
      .array(
        z.object({
          weightKg: z.number().positive("Must be more than 0").max(100, "At most 100 kg"),
          items: z.array(z.object({ sku: z.string().trim().min(1), quantity: z.number().int().min(1) })).optional(),
        }),
      )
      .min(1)
      .max(20, "At most 20 parcels")
      .optional()
      .describe("One entry per physical parcel; one parcel with the whole order when absent"),
  })
  .meta({ id: "ShipOrder" });
export type ShipOrderInput = z.infer<typeof shipOrderSchema>;

export const bindWaybillSchema = z
  .object({
    trackingNumber: z.string().trim().min(1, "Required").max(60),
    carrier: z.string().trim().toLowerCase().max(20).optional().describe("Carrier code; detected from the number when absent"),
  })
  .meta({ id: "BindWaybill" });

export const voidWaybillSchema = z
  .object({ reason: z.string().trim().min(2, "Say why the waybill is voided").max(300) })
  .meta({ id: "VoidWaybill" });

export const waybillSchema = z
  .object({ trackingNumber: z.string(), carrier: z.string(), sortCode: z.string().nullable(), labelUrl: z.string() })
  .meta({ id: "Waybill" });

export const shipResultSchema = z
  .object({
    orderId: z.string(),
    alreadyShipped: z.boolean(),
    carrierChoice: z.object({ carrier: z.string(), ruleId: z.string(), reason: z.object({ en: z.string(), zh: z.string() }) }).nullable(),
    waybills: z.array(waybillSchema),
  })
  .meta({ id: "ShipResult" });
export type ShipResult = z.infer<typeof shipResultSchema>;

export const labelBatchSchema = z.object({
  orderIds: z.array(z.uuid()).min(1, "Select at least one order").max(500, "At most 500 labels per batch"),
});
