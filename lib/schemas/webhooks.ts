import { z } from "zod";

export const WEBHOOK_EVENT_TYPES = [
  "order.created",
  "order.status_changed",
  "order.shipped",
  "order.delivered",
  "shipment.status_changed",
  "shipment.exception",
  "waybill.bound",
  "waybill.voided",
] as const;

export const createWebhookSchema = z.object({
  name: z.string().trim().min(2, "At least 2 characters").max(80),
  url: z
    .string()
    .trim()
    .url("An absolute http(s) URL")
    .refine((u) => /^https?:\/\//.test(u), "Must start with http:// or https://"),
  eventTypes: z.array(z.enum(WEBHOOK_EVENT_TYPES)).default([]),
});
