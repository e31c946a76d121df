// China Post / EMS (中国邮政 / EMS). Two families:
// - International items use UPU S10 ending in "CN", verified by the S10 check digit. The first letter of
//   the service indicator names the mail class.
// - Domestic EMS and parcel waybills are 13 digits. Assumption from China Post's lookup page and parcels
//   seen: they start 10-13 (EMS), 50-52 (economy) or 95-99 (parcels and e-commerce). No public check digit,
//   and 1x/5x collide with Yunda's legacy 13-digit numbers, so confidence stays below 1.
import { defineFormatTableAdapter } from "@/lib/carriers/format-table-adapter";
import { s10CheckDigitFailure } from "@/lib/carriers/ems/s10-check-digit";

const S10_SERVICE_BY_FIRST_LETTER: Record<string, string> = {
  E: "EMS international express",
  C: "International parcel",
  L: "ePacket (国际e邮宝)",
  R: "Registered small packet",
  U: "Untracked small packet",
  V: "Insured letter",
};

export const emsAdapter = defineFormatTableAdapter({
  code: "ems",
  name: { en: "China Post / EMS", zh: "中国邮政/EMS" },
  labelSize: "100x180",
  formats: [
    {
      pattern: /^[A-Z]{2}\d{9}CN$/,
      label: "UPU S10 (2 letters + 9 digits + CN)",
      confidence: 0.99,
      verify: s10CheckDigitFailure,
      serviceOf: (n) => S10_SERVICE_BY_FIRST_LETTER[n[0]] ?? "International mail (S10)",
    },
    { pattern: /^9[5-9]\d{11}$/, label: "13 digits starting 95-99", confidence: 0.7, service: "Domestic parcel" },
    { pattern: /^1[0-3]\d{11}$/, label: "13 digits starting 10-13", confidence: 0.6, service: "Domestic EMS" },
    { pattern: /^5[0-2]\d{11}$/, label: "13 digits starting 50-52", confidence: 0.4, service: "Domestic economy" },
  ],
});
