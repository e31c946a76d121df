// JD Logistics (京东物流). Waybills are "JD" + 13 characters where the first two may be letters naming
// the business line (JDVA…, JDVB…, JDX0…, JDK…) and the last 11 are digits, e.g. JDVA11408814483,
// JDX024407261700. Some lookup rules also accept "JD" + 14-15 digits; kept as a lower-confidence shape.
import { defineFormatTableAdapter } from "@/lib/carriers/format-table-adapter";

export const jdAdapter = defineFormatTableAdapter({
  code: "jd",
  name: { en: "JD Logistics", zh: "京东物流" },
  labelSize: "100x150",
  formats: [
    { pattern: /^JD[A-Z0-9]{2}\d{11}$/, label: "JD + 13 characters (JDVA…, JDX…)", confidence: 0.98 },
    { pattern: /^JD\d{14,15}$/, label: "JD + 14-15 digits", confidence: 0.7 },
  ],
});
