import "server-only";
// Background work inside each app instance. Timers only wake the workers; what is due lives in the database
// (outbox, deliveries, next_poll_at), claimed with SKIP LOCKED, so several instances never do the same work
// twice and nothing is lost across restarts.
import { log } from "@/lib/server/log";
import { completeDeliveredOrders } from "./complete-delivered-orders";
import { deliverWebhooks, dispatchOutbox } from "./deliver-webhooks";
import { pollDueParcels } from "./poll-tracking";
import { reconcileDeliveredOrders } from "./reconcile-delivered-orders";
import { renewSubscriptions } from "./renew-subscriptions";
import { bindUnmatchedPushes } from "./bind-unmatched-pushes";
import { sealWebhookSecrets } from "./seal-webhook-secrets";
import { emitSandboxScans } from "@/lib/server/services/tracking/sandbox-network";

export interface Job {
  name: string;
  everyMs: number;
  run: () => Promise<unknown>;
}

const holder = globalThis as unknown as { __shiplaneJobs?: { stop: () => void } };

export function defaultJobs(): Job[] {
  return [
    { name: "outbox", everyMs: 1_000, run: () => dispatchOutbox() },
    { name: "webhooks", everyMs: 2_000, run: () => deliverWebhooks() },
    { name: "poll", everyMs: 5_000, run: () => pollDueParcels() },
    { name: "bind-unmatched", everyMs: 10_000, run: () => bindUnmatchedPushes() },
    ...(process.env.SHIPLANE_SANDBOX === "off" ? [] : [{ name: "sandbox-network", everyMs: 5_000, run: () => emitSandboxScans() }]),
    { name: "complete-orders", everyMs: 60_000, run: () => completeDeliveredOrders() },
    { name: "reconcile-delivered", everyMs: 30_000, run: () => reconcileDeliveredOrders() },
    { name: "renew-subscriptions", everyMs: 60_000, run: () => renewSubscriptions() },
    { name: "seal-webhook-secrets", everyMs: 600_000, run: () => sealWebhookSecrets() },
  ];
}

export function startJobRunner(jobs: Job[] = defaultJobs()): { stop: () => void } {
  if (holder.__shiplaneJobs) return holder.__shiplaneJobs;
  const timers: NodeJS.Timeout[] = [];
  let stopped = false;
  for (const job of jobs) {
    let running = false;
    const tick = async () => {
      if (running || stopped) return;
      running = true;
      try {
        await job.run();
      } catch (error) {
        log("error", "job failed", { job: job.name, error: error instanceof Error ? error.message : String(error) });
      } finally {
        running = false;
      }
    };
    const timer = setInterval(tick, job.everyMs);
    timer.unref();
    timers.push(timer);
  }
  holder.__shiplaneJobs = {
    stop: () => {
      stopped = true;
      timers.forEach(clearInterval);
      holder.__shiplaneJobs = undefined;
    },
  };
  log("info", "job runner started", { jobs: jobs.map((j) => j.name) });
  return holder.__shiplaneJobs;
}
