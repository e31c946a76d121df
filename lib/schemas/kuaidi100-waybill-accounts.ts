// KUAIDI100_WAYBILL_ACCOUNTS: the carrier e-waybill accounts (月结账号) Kuaidi100 issues waybills against, as
// JSON keyed by carrier, e.g. {"sf":{"partnerId":"7551234567","expType":"顺丰标快"},"zto":{"partnerId":"…","partnerKey":"…"}}.
import { z } from "zod";
import { jsonEnv } from "./json-env";

const DOMESTIC_CARRIERS = ["sf", "yto", "zto", "sto", "yunda", "jd", "jt", "ems"] as const;

export const kuaidi100WaybillAccountSchema = z.strictObject({
  partnerId: z.string().trim().min(1, "partnerId (月结账号) is required"),
  partnerKey: z.string().trim().min(1).optional(),
  partnerSecret: z.string().trim().min(1).optional(),
  partnerName: z.string().trim().min(1).optional(),
  net: z.string().trim().min(1).optional(),
  code: z.string().trim().min(1).optional(),
  expType: z.string().trim().min(1).optional(),
});

export const kuaidi100WaybillAccountsSchema = z.partialRecord(z.enum(DOMESTIC_CARRIERS), kuaidi100WaybillAccountSchema);

export type Kuaidi100WaybillAccounts = z.infer<typeof kuaidi100WaybillAccountsSchema>;

/** The environment value parsed and checked; a readable error names what is wrong. */
export const kuaidi100WaybillAccountsEnvSchema = jsonEnv(kuaidi100WaybillAccountsSchema, '{"sf":{"partnerId":"…"}}');
