#!/usr/bin/env node
// Runs `prisma generate` without the native schema engine, which cannot be downloaded on offline machines:
// generation does not need it, but the CLI insists on resolving a binary, so we point it at a stub.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const stubDir = join(process.cwd(), "node_modules", ".cache", "shiplane");
const stub = join(stubDir, "schema-engine-stub.sh");
if (!existsSync(stub)) {
  mkdirSync(stubDir, { recursive: true });
  writeFileSync(stub, "#!/bin/sh\necho 'schema engine not available offline; use npm run db:migrate / npm run db:diff' >&2\nexit 1\n");
  chmodSync(stub, 0o755);
}
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
const r = spawnSync(process.execPath, [join("node_modules", "prisma", "build", "index.js"), "generate", "--schema", "prisma/schema.prisma"], { stdio: "inherit", env });
process.exit(r.status ?? 1);
