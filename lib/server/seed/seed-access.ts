// Demo staff users (one per role) and the demo integrator API key. Safe to run again: upserts.
import bcrypt from "bcryptjs";
import type { Role } from "@/lib/domain/access/permissions";
import { apiKeyPrefix, hashApiKey } from "@/lib/server/auth/api-key-format";
import type { PrismaClient } from "@/lib/server/db/generated/client";

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "admin@shiplane.local", name: "管理员 Admin", role: "ADMIN" },
  { email: "warehouse@shiplane.local", name: "仓库 李明 Li Ming", role: "WAREHOUSE" },
  { email: "support@shiplane.local", name: "客服 王芳 Wang Fang", role: "SUPPORT" },
  { email: "analyst@shiplane.local", name: "分析 陈静 Chen Jing", role: "ANALYST" },
];

export const DEFAULT_DEMO_API_KEY = "shpl_demo_integration_key_change_me";

export async function seedAccess(prisma: PrismaClient, opts: { password: string; apiKey?: string }) {
  const passwordHash = await bcrypt.hash(opts.password, 10);
  for (const u of DEMO_USERS) {
    await prisma.user.upsert({ where: { email: u.email }, create: { ...u, passwordHash }, update: { passwordHash, role: u.role, active: true } });
  }
  const key = opts.apiKey ?? DEFAULT_DEMO_API_KEY;
  await prisma.apiKey.upsert({
    where: { keyHash: hashApiKey(key) },
    create: { name: "Demo ERP integration", prefix: apiKeyPrefix(key), keyHash: hashApiKey(key), role: "WAREHOUSE" },
    update: { revokedAt: null },
  });
  return { users: DEMO_USERS.map((u) => u.email), apiKey: key };
}
