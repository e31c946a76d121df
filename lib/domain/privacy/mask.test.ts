import { describe, expect, it } from "vitest";
import { maskName, maskPhone, maskPhonesInText } from "./mask";

describe("masking", () => {
  it.each([
    ["张三", "张*"],
    ["欧阳娜娜", "欧***"],
    ["Li", "L***"],
    ["王", "*"],
  ])("masks name %s → %s", (input, expected) => expect(maskName(input)).toBe(expected));

  it("masks phone numbers keeping the first 3 and last 4 digits", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskPhone("+86 138-1234-5678")).toBe("138****5678");
    expect(maskPhone("0571-86721008")).toBe("057****1008");
  });

  it("masks mobile numbers inside carrier text but not hotlines or longer digit runs", () => {
    expect(maskPhonesInText("快件已签收，收件人电话13812345678，客服95338")).toBe("快件已签收，收件人电话138****5678，客服95338");
    expect(maskPhonesInText("运单 773012345678901")).toBe("运单 773012345678901");
  });
});
