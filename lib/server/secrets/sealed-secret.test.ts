import { describe, expect, it } from "vitest";
import { isSealed, openSecret, sealSecret, SecretUnreadableError } from "./sealed-secret";

const key = "k".repeat(40);

describe("sealed secrets", () => {
  it("round-trips, and never stores the plain text", () => {
    const sealed = sealSecret("whsec_abc123", key);
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain("whsec_abc123");
    expect(openSecret(sealed, key)).toBe("whsec_abc123");
  });

  it("seals the same secret differently each time (random nonce)", () => {
    expect(sealSecret("same", key)).not.toBe(sealSecret("same", key));
  });

  it("refuses to open with another key or after tampering", () => {
    const sealed = sealSecret("whsec_abc123", key);
    expect(() => openSecret(sealed, "x".repeat(40))).toThrow(SecretUnreadableError);
    const tampered = sealed.slice(0, -2) + (sealed.endsWith("A") ? "BB" : "AA");
    expect(() => openSecret(tampered, key)).toThrow(SecretUnreadableError);
  });

  it("reads a value stored before sealing existed as it is", () => {
    expect(openSecret("whsec_legacy", key)).toBe("whsec_legacy");
  });
});
