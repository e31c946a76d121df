import { z } from "zod";

export const publicTrackingQuerySchema = z.object({
  number: z.string().trim().min(4, "Enter an order or tracking number").max(64).transform((s) => s.replace(/[\s-]/g, "").toUpperCase()),
});
