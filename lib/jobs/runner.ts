// Background work of the app server: delivering the outbox every few seconds,
// closing unconfirmed cases hourly, overdue notices and the daily digests. Each job takes a database lease, so
// with several servers one runs it at a time. SIPADU_JOBS=0 turns them off.
import { deliverOutbox } from "@/lib/outbox/worker";
import { autoCloseUnconfirmed } from "./auto-close";
import { runOverdueJobs } from "./overdue";
import { takeLease } from "./lease";

const globalJobs = globalThis as unknown as { sipaduJobs?: NodeJS.Timeout[] };

function every(name: string, ms: number, job: (renew: () => Promise<boolean>) => Promise<unknown>) {
  let running = false;
  // A job that runs longer than the lease renews it as it goes (the outbox, between messages).
  const renew = () => takeLease(name, ms * 3);
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      if (await renew()) await job(renew);
    } catch (e) {
      console.error(`[jobs] ${name} failed`, e);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, ms);
  timer.unref();
  setTimeout(tick, 1000).unref();
  return timer;
}

export function startBackgroundJobs(env: NodeJS.ProcessEnv = process.env): void {
  if (env.SIPADU_JOBS === "0" || globalJobs.sipaduJobs) return;
  globalJobs.sipaduJobs = [
    every("outbox", Number(env.SIPADU_OUTBOX_INTERVAL_MS || 5000), (renew) => deliverOutbox(new Date(), { renew })),
    every("auto-close", 60 * 60_000, () => autoCloseUnconfirmed()),
    every("overdue", 15 * 60_000, () => runOverdueJobs()),
  ];
}
