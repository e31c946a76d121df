// J&T Express (极兔速递). Waybills are "JT" + 13 digits (e.g. JT5261988016578). Former Best Express
// (百世) numbers moved to J&T in 2021 and some "JT" + 12 digit numbers circulate, kept at lower confidence.
import { defineFormatTableAdapter } from "@/lib/carriers/format-table-adapter";

export const jtAdapter = defineFormatTableAdapter({
  code: "jt",
  name: { en: "J&T Express", zh: "极兔速递" },
  labelSize: "76x130",
  formats: [
    { pattern: /^JT\d{13}$/, label: "JT + 13 digits", confidence: 0.98 },
    { pattern: /^JT\d{12}$/, label: "JT + 12 digits", confidence: 0.8 },
  ],
});
