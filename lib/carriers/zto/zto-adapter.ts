// ZTO Express (中通快递). Numeric only, so every format overlaps someone. Assumptions from numbers seen in
// the wild and public lookup rules: current e-waybills are 14 digits starting 73/75/76/78 (77 is mostly
// STO's 773 block); some 15-digit 7x numbers exist; older waybills were 12 digits with the prefixes below.
import { defineFormatTableAdapter } from "@/lib/carriers/format-table-adapter";

export const ztoAdapter = defineFormatTableAdapter({
  code: "zto",
  name: { en: "ZTO Express", zh: "中通快递" },
  labelSize: "76x130",
  formats: [
    { pattern: /^7[3-689]\d{12}$/, label: "14 digits starting 73-76/78/79", confidence: 0.7 },
    { pattern: /^77\d{12}$/, label: "14 digits starting 77 (shared with STO)", confidence: 0.3 },
    { pattern: /^7[3-9]\d{13}$/, label: "15 digits starting 7", confidence: 0.2 },
    {
      pattern: /^(?:2[1-9]|3[5-9]|4\d|5[0-6]|6[3-8]|7[28]|88|9[0-8])\d{10}$/,
      label: "legacy 12-digit numeric waybill",
      confidence: 0.3,
    },
  ],
});
