// Masking for anything shown to the public or written to logs.
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return "*";
  if (/^[\u4e00-\u9fff]+$/.test(name.trim())) return chars[0] + "*".repeat(chars.length - 1);
  return chars[0] + "***";
}

export function maskPhone(phone: string): string {
  // Drop the country code so "+86 138…" masks like "138…".
  const digits = phone.replace(/\D/g, "").replace(/^86(?=1\d{10}$)/, "");
  if (digits.length < 7) return "****";
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** Mobile numbers inside free text (carrier scan descriptions sometimes carry the recipient's). */
export function maskPhonesInText(text: string): string {
  return text.replace(/(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g, "$1****$2");
}
