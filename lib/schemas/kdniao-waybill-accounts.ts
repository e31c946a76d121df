// KDNIAO_WAYBILL_ACCOUNTS: the carrier e-waybill accounts Kdniao issues waybills against, as JSON keyed by
// carrier; which fields a carrier needs is listed in Kdniao's 电子面单账号 table, e.g.
// {"zto":{"customerName":"…","customerPwd":"…"},"sf":{"monthCode":"7551234567"}}.
import { z } from "zod";
import { jsonEnv } from "./json-env";

const DOMESTIC_CARRIERS = ["sf", "yto", "zto", "sto", "yunda", "jd", "jt", "ems"] as const;

export const kdniaoWaybillAccountSchema = z.strictObject({
  customerName: z.string().trim().min(1).optional(),
  customerPwd: z.string().trim().min(1).optional(),
  monthCode: z.string().trim().min(1).optional(),
  sendSite: z.string().trim().min(1).optional(),
  /** 1 现付, 2 到付, 3 月结 (default), 4 第三方. */
  payType: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
  expType: z.number().int().min(1).optional(),
});

export const kdniaoWaybillAccountsSchema = z.partialRecord(z.enum(DOMESTIC_CARRIERS), kdniaoWaybillAccountSchema);
export type KdniaoWaybillAccounts = z.infer<typeof kdniaoWaybillAccountsSchema>;

export const kdniaoWaybillAccountsEnvSchema = jsonEnv(kdniaoWaybillAccountsSchema, '{"zto":{"customerName":"…","customerPwd":"…"}}');
