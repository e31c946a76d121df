// Role → permission table: the single place that says who may do what. Services check it first; pages and
// navigation read it only to hide what a role cannot use.
export const ROLES = ["ADMIN", "WAREHOUSE", "SUPPORT", "ANALYST"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "order:read",
  "order:create",
  "order:transition",
  "waybill:manage",
  "label:print",
  "tracking:read",
  "ticket:manage",
  "analytics:read",
  "user:manage",
  "apikey:manage",
  "integration:manage",
  "page:warehouse",
  "page:support",
  "page:analytics",
  "page:admin",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  WAREHOUSE: ["order:read", "order:create", "order:transition", "waybill:manage", "label:print", "tracking:read", "page:warehouse"],
  SUPPORT: ["order:read", "order:transition", "tracking:read", "ticket:manage", "page:support"],
  ANALYST: ["order:read", "tracking:read", "analytics:read", "page:analytics"],
};

export function roleCan(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

export const ROLE_HOME: Record<Role, string> = {
  ADMIN: "/admin",
  WAREHOUSE: "/warehouse",
  SUPPORT: "/support",
  ANALYST: "/analytics",
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
