// SF Express (顺丰速运). Assumptions, from SF's public query page behaviour and numbers seen on parcels:
// e-waybills since ~2019 are "SF" + 13 digits (e.g. SF1385628716739); older paper and e-waybills were
// 12 digits with no letter, a shape shared with ZTO, STO, FedEx Express and others, hence the low prior.
import { defineFormatTableAdapter } from "@/lib/carriers/format-table-adapter";

export const sfAdapter = defineFormatTableAdapter({
  code: "sf",
  name: { en: "SF Express", zh: "顺丰速运" },
  labelSize: "100x150",
  formats: [
    { pattern: /^SF\d{13}$/, label: "SF + 13 digits", confidence: 0.98 },
    { pattern: /^\d{12}$/, label: "legacy 12-digit numeric waybill", confidence: 0.3 },
  ],
});
