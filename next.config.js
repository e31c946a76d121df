/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native/wasm database drivers must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "pdfkit", "fontkit", "bwip-js"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: { authInterrupts: true },
};
export default nextConfig;
