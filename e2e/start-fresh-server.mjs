// Starts `npm start` on an empty embedded database folder, so every browser run exercises the first-start path
// (migrations, demo seed) exactly as a newcomer's machine does.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";

rmSync(process.env.DATA_DIR ?? ".data-e2e", { recursive: true, force: true });
const child = spawn("npm", ["start"], { stdio: "inherit", env: process.env });
for (const s of ["SIGINT", "SIGTERM"]) process.on(s, () => child.kill(s));
child.on("exit", (code) => process.exit(code ?? 0));
