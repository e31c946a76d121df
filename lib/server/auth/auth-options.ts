import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsModule from "next-auth/providers/credentials";
import { isRole } from "@/lib/domain/access/permissions";
import { RateLimitedError } from "@/lib/domain/errors";
import { authSecret } from "@/lib/server/config";
import { verifyCredentials } from "@/lib/server/services/auth/verify-credentials";
import { signInSchema } from "@/lib/schemas/auth";

// next-auth ships CommonJS: bundlers unwrap its default export, plain Node ESM (scripts, benchmarks) does not.
const CredentialsProvider = ((CredentialsModule as unknown as { default?: typeof CredentialsModule }).default ?? CredentialsModule) as typeof CredentialsModule;

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one shift

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
        const ip = (headers["x-forwarded-for"]?.split(",")[0] ?? headers["x-real-ip"] ?? "local").trim();
        try {
          const user = await verifyCredentials({ ...parsed.data, ip });
          return user ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
        } catch (error) {
          // next-auth passes a thrown message to the client as `error`; the login page explains it.
          if (error instanceof RateLimitedError) throw new Error("Throttled");
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = (user as { role?: string }).role;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user) {
        session.user.id = String(token.uid ?? "");
        session.user.role = isRole(token.role) ? token.role : undefined;
      }
      return session;
    },
  },
};
