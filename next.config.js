/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native/wasm database drivers must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "pdfkit", "fontkit", "bwip-js", "@embedpdf/fonts-sc"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project once (npm run typecheck); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  experimental: { authInterrupts: true },
};
export default nextConfig;
