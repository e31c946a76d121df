import type { Role } from "@/lib/domain/access/permissions";

declare module "next-auth" {
  interface Session {
    user?: { id: string; email?: string | null; name?: string | null; role?: Role };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: string;
  }
}
