// Decides whether `npm start` must (re)build: a hash of the lock file, config and every source file's mtime.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const SOURCE_DIRS = ["app", "components", "lib", "public"];
const SOURCE_FILES = ["package-lock.json", "next.config.js", "tsconfig.json", "postcss.config.mjs"];

export function buildFingerprint(root: string): string {
  const hash = createHash("sha256");
  for (const f of SOURCE_FILES) if (existsSync(join(root, f))) hash.update(f).update(String(statSync(join(root, f)).mtimeMs));
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name === "generated" || entry.name.startsWith(".")) continue;
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (!/\.test\.tsx?$/.test(entry.name)) hash.update(p).update(String(statSync(p).mtimeMs));
    }
  };
  for (const d of SOURCE_DIRS) walk(join(root, d));
  return hash.digest("hex");
}

export function needsBuild(root: string): boolean {
  const stamp = join(root, ".next", "shiplane-build-fingerprint");
  if (!existsSync(join(root, ".next", "BUILD_ID")) || !existsSync(stamp)) return true;
  return readFileSync(stamp, "utf8").trim() !== buildFingerprint(root);
}
