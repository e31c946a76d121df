// The CJK font embedded in label PDFs. It comes from the npm package @embedpdf/fonts-sc (Noto Sans Hans,
// SIL OFL 1.1) so rendering never depends on fonts installed on the host. Buffers are read once per
// process and shared by every document; pdfkit/fontkit then embed only the glyphs each PDF uses.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const LABEL_FONT_PACKAGE = "@embedpdf/fonts-sc";
const FONT_FILES = { regular: "NotoSansHans-Regular.otf", bold: "NotoSansHans-Bold.otf" } as const;

export interface LabelFontBuffers {
  regular: Buffer;
  bold: Buffer;
}

let fontsPromise: Promise<LabelFontBuffers> | null = null;

/** Where the OTF files live; SHIPLANE_LABEL_FONT_DIR overrides it for deployments that copy fonts elsewhere. */
export function labelFontDirectory(): string {
  const candidates: string[] = [];
  if (process.env.SHIPLANE_LABEL_FONT_DIR) candidates.push(process.env.SHIPLANE_LABEL_FONT_DIR);
  // Resolved by hand instead of require.resolve: bundlers rewrite require.resolve into module ids, and the
  // package's exports map does not expose the font files anyway.
  candidates.push(path.join(process.cwd(), "node_modules", ...LABEL_FONT_PACKAGE.split("/"), "fonts"));
  candidates.push(...ancestorNodeModuleFontDirs());
  const found = candidates.find((dir) => existsSync(path.join(dir, FONT_FILES.regular)));
  if (!found) {
    throw new Error(
      `Label font not found (looked in ${candidates.join(", ")}). Install ${LABEL_FONT_PACKAGE} or set SHIPLANE_LABEL_FONT_DIR.`,
    );
  }
  return found;
}

function ancestorNodeModuleFontDirs(): string[] {
  let dir: string;
  try {
    dir = path.dirname(fileURLToPath(import.meta.url));
  } catch {
    return [];
  }
  const dirs: string[] = [];
  for (;;) {
    dirs.push(path.join(dir, "node_modules", ...LABEL_FONT_PACKAGE.split("/"), "fonts"));
    const parent = path.dirname(dir);
    if (parent === dir) return dirs;
    dir = parent;
  }
}

export function loadLabelFonts(): Promise<LabelFontBuffers> {
  fontsPromise ??= (async () => {
    const dir = labelFontDirectory();
    const [regular, bold] = await Promise.all([
      readFile(path.join(dir, FONT_FILES.regular)),
      readFile(path.join(dir, FONT_FILES.bold)),
    ]);
    return { regular, bold };
  })().catch((error: unknown) => {
    // A failed read (e.g. font not installed yet) must not poison every later render.
    fontsPromise = null;
    throw error;
  });
  return fontsPromise;
}
