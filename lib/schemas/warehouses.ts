// SHIPLANE_WAREHOUSES: the merchant's sender warehouses, printed on labels and sent to carriers with each
// e-waybill request. An order names its warehouse by code (attributes.warehouse); without a match the first
// warehouse ships it. JSON array, e.g.
// [{"code":"HGH1","name":"杭州仓","contactName":"发货组","contactPhone":"0571-86721008","province":"浙江省","city":"杭州市","district":"余杭区","addressLine":"龙潭路18号"}]
import { z } from "zod";
import { jsonEnv } from "./json-env";

export const warehouseSchema = z.strictObject({
  code: z.string().trim().min(1).max(32),
  name: z.string().trim().min(1).max(60),
  contactName: z.string().trim().min(1).max(40),
  contactPhone: z.string().trim().regex(/^[\d\s+()-]{5,20}$/, "a phone number"),
  province: z.string().trim().min(2),
  city: z.string().trim().min(2),
  district: z.string().trim().min(2),
  addressLine: z.string().trim().min(2).max(120),
});

export type Warehouse = z.infer<typeof warehouseSchema>;

export const warehousesEnvSchema = jsonEnv(
  z
    .array(warehouseSchema)
    .min(1, "must list at least one warehouse")
    .refine((list) => new Set(list.map((w) => w.code)).size === list.length, "warehouse codes must be unique"),
  '[{"code":"HGH1","name":…}]',
);
