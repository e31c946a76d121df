// Font-size choices for the HTML print view. CSS cannot shrink text to fit a box, and the browser's CJK
// font is unknown on the server (PingFang, Microsoft YaHei, Noto…), so widths are estimated with
// generous per-character advances: a little too small beats spilling over a ruled line.

/** Estimated advance of text in em, erring wide (Latin advances are the widest of common CJK UI fonts). */
export function estimateTextWidthEm(text: string): number {
  let em = 0;
  for (const char of text) {
    if (char === " ") em += 0.28;
    else if (/[0-9]/.test(char)) em += 0.6;
    else if (/[A-Z]/.test(char)) em += 0.72;
    else if (/[a-z]/.test(char)) em += 0.6;
    else if (char.charCodeAt(0) < 0x80) em += 0.5;
    else em += 1;
  }
  return em;
}

const PT_PER_MM = 72 / 25.4;

/** Largest size ≤ maxPt (not below minPt) at which text is estimated to fit one line of widthMm. */
export function fitSingleLinePt(text: string, maxPt: number, minPt: number, widthMm: number): number {
  const em = estimateTextWidthEm(text);
  if (em === 0) return maxPt;
  const fitting = (widthMm * PT_PER_MM) / em;
  return Math.max(minPt, Math.min(maxPt, Math.floor(fitting * 10) / 10));
}

/** Largest size whose estimated wrapped line count fits heightMm at the given line height. */
export function fitBlockPt(
  text: string,
  maxPt: number,
  minPt: number,
  widthMm: number,
  heightMm: number,
  lineHeightEm = 1.22,
): number {
  const em = estimateTextWidthEm(text);
  for (let size = maxPt; size > minPt; size -= 0.5) {
    const emPerLine = (widthMm * PT_PER_MM) / size;
    // One extra em per line absorbs the ragged right edge of wrapped lines.
    const lines = Math.ceil(em / Math.max(1, emPerLine - 1));
    if (lines * size * lineHeightEm <= heightMm * PT_PER_MM) return size;
  }
  return minPt;
}
