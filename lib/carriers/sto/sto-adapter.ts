// STO Express (申通快递). Numeric only. Assumptions from public lookup rules and parcels seen: current
// e-waybills are 15 digits starting 77 (e.g. 773277027280336), less often 88/99; 12-14 digit numbers
// start with three-digit blocks such as 773/268/888; 13-digit ones with 33/55/66.
import { defineFormatTableAdapter } from "@/lib/carriers/format-table-adapter";

export const stoAdapter = defineFormatTableAdapter({
  code: "sto",
  name: { en: "STO Express", zh: "申通快递" },
  labelSize: "76x130",
  formats: [
    { pattern: /^(?:77|88|99)\d{13}$/, label: "15 digits starting 77/88/99", confidence: 0.7 },
    {
      pattern: /^(?:773|268|368|468|568|588|668|688|768|868|888|968)\d{9,11}$/,
      label: "12-14 digits starting 773/268/888…",
      confidence: 0.4,
    },
    { pattern: /^(?:33|55|66)\d{11}$/, label: "13 digits starting 33/55/66", confidence: 0.3 },
    { pattern: /^(?:11|22|40)\d{10}$/, label: "legacy 12 digits starting 11/22/40", confidence: 0.2 },
  ],
});
