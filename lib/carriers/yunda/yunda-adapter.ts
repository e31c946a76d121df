// Yunda Express (韵达快递). Numeric only. Assumptions from parcels seen and public lookup rules: current
// e-waybills are 15 digits starting 3 or 4 (31…, 43…, 46…); older ones are 13 digits starting 10/12 or
// 3/4/5, which collides with China Post (1x, 5x) and STO (33/55).
import { defineFormatTableAdapter } from "@/lib/carriers/format-table-adapter";

export const yundaAdapter = defineFormatTableAdapter({
  code: "yunda",
  name: { en: "Yunda Express", zh: "韵达快递" },
  labelSize: "76x130",
  formats: [
    { pattern: /^[34]\d{14}$/, label: "15 digits starting 3/4", confidence: 0.7 },
    { pattern: /^(?:1[02]|[345]\d)\d{11}$/, label: "legacy 13 digits", confidence: 0.4 },
  ],
});
