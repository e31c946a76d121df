// YTO Express (圆通速递). The current format is "YT" + 13 digits. The legacy shapes follow the client-side
// check on YTO's own tracking page (18-digit 80/99/6x/7x…, 12-character letter-prefixed, Y/M + 14 digits);
// YTO publishes no check digit, so they are accepted on shape alone.
import { defineFormatTableAdapter } from "@/lib/carriers/format-table-adapter";

export const ytoAdapter = defineFormatTableAdapter({
  code: "yto",
  name: { en: "YTO Express", zh: "圆通速递" },
  labelSize: "76x130",
  formats: [
    { pattern: /^YT\d{13}$/, label: "YT + 13 digits", confidence: 0.98 },
    { pattern: /^[YM]\d{14}$/, label: "legacy Y/M + 14 digits", confidence: 0.6 },
    { pattern: /^(?:80|99|DD|G8|6\d|7[089])\d{16}$/, label: "legacy 18-character waybill", confidence: 0.5 },
    {
      pattern: /^(?:8[A-Z]|G\d|DD|M\d|B9|DB|H1|Z\d|D\d|V\d|C\d)\d{10}$/,
      label: "legacy letter-prefixed 12-character waybill",
      confidence: 0.5,
    },
    { pattern: /^[1-8]\d{11}$/, label: "legacy 12-digit numeric waybill", confidence: 0.2 },
  ],
});
