export const ROLES = {
  admin: { email: "admin@shiplane.local", home: "/admin" },
  warehouse: { email: "warehouse@shiplane.local", home: "/warehouse" },
  support: { email: "support@shiplane.local", home: "/support" },
  analyst: { email: "analyst@shiplane.local", home: "/analytics" },
} as const;
export type RoleName = keyof typeof ROLES;
export const PASSWORD = process.env.SEED_PASSWORD ?? "shiplane-demo";
export const API_KEY = process.env.SHIPLANE_API_KEY ?? "shpl_demo_integration_key_change_me";
export const storageState = (role: RoleName) => `e2e/.auth/${role}.json`;
