import "server-only";
// Users, API keys and sign-in attempts.
import type { Role } from "@/lib/domain/access/permissions";
import type { Db, Tx } from "./client";

export function findUserByEmail(db: Db, email: string) {
  return db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
}

export function listUsers(db: Db) {
  return db.user.findMany({ orderBy: [{ role: "asc" }, { email: "asc" }], select: { id: true, email: true, name: true, role: true, active: true, lastLoginAt: true, createdAt: true } });
}

export function upsertUser(db: Db, u: { email: string; name: string; role: Role; passwordHash: string }) {
  const email = u.email.trim().toLowerCase();
  return db.user.upsert({ where: { email }, create: { ...u, email }, update: { name: u.name, role: u.role, passwordHash: u.passwordHash } });
}

export function createUser(db: Db, u: { email: string; name: string; role: Role; passwordHash: string }) {
  return db.user.create({ data: { ...u, email: u.email.trim().toLowerCase() }, select: { id: true, email: true, name: true, role: true } });
}

export function setUserActive(db: Db, id: string, active: boolean) {
  return db.user.update({ where: { id }, data: { active } });
}

export function touchLastLogin(db: Db, id: string) {
  return db.user.update({ where: { id }, data: { lastLoginAt: new Date() } });
}

export function recordLoginAttempt(db: Db, a: { email: string; ip: string; success: boolean }) {
  return db.loginAttempt.create({ data: { email: a.email.trim().toLowerCase(), ip: a.ip, success: a.success } });
}

export async function countRecentFailures(db: Db, a: { email: string; ip: string; since: Date }) {
  const [byEmail, byIp] = await Promise.all([
    db.loginAttempt.count({ where: { email: a.email.trim().toLowerCase(), success: false, attemptedAt: { gte: a.since } } }),
    db.loginAttempt.count({ where: { ip: a.ip, success: false, attemptedAt: { gte: a.since } } }),
  ]);
  return { byEmail, byIp };
}

export function findActiveApiKeyByHash(db: Db, keyHash: string) {
  return db.apiKey.findFirst({ where: { keyHash, revokedAt: null } });
}

export function insertApiKey(db: Db, k: { name: string; prefix: string; keyHash: string; role: Role; createdById: string | null }) {
  return db.apiKey.create({ data: k });
}

export function upsertApiKeyByHash(db: Db, k: { name: string; prefix: string; keyHash: string; role: Role }) {
  return db.apiKey.upsert({ where: { keyHash: k.keyHash }, create: k, update: { revokedAt: null } });
}

export function listApiKeys(db: Db) {
  return db.apiKey.findMany({ orderBy: { createdAt: "desc" }, select: { id: true, name: true, prefix: true, role: true, createdAt: true, lastUsedAt: true, revokedAt: true, createdBy: { select: { email: true } } } });
}

export function revokeApiKey(db: Db, id: string) {
  return db.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
}

export function touchApiKey(db: Db, id: string) {
  return db.apiKey.update({ where: { id }, data: { lastUsedAt: new Date() } });
}

export function insertAudit(db: Db | Tx, a: { actorType: string; actorId: string | null; action: string; entityType: string; entityId?: string | null; data?: object; ip?: string | null; requestId?: string | null }) {
  return db.auditLog.create({ data: { ...a, entityId: a.entityId ?? null, data: a.data ?? {}, ip: a.ip ?? null, requestId: a.requestId ?? null } });
}
