// Next.js calls register() once per server instance at start-up: the place to start background jobs.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.SHIPLANE_JOBS === "off") return;
  const { startJobRunner } = await import("@/lib/server/jobs/job-runner");
  startJobRunner();
}
