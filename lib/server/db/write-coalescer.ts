// Group commit for concurrent writers: while a few statements are in flight, new writes queue, and the next
// free slot sends everything queued as one statement (one round trip, one commit, one WAL flush). A lone
// write goes out at once, so an idle server adds no latency. Each caller's promise settles only after the
// statement holding its write has committed, so acknowledging a sender after it is still safe.
//
// Writes whose keys collide (same parcel, same order) never share a statement, and a write never goes out
// while a statement holding one of its keys is in flight: it waits for a later one. So one instance's
// statements never wait on each other's row locks, and cannot deadlock each other.
// When a grouped statement fails, its writes are retried one by one, so a single bad write fails only its own
// caller and a deadlock between instances costs a retry, not an error.

export interface WriteCoalescerOptions<W, R> {
  writeOne(write: W): Promise<R>;
  writeMany(writes: W[]): Promise<R[]>;
  /** Writes sharing any key are never sent in the same statement. */
  keysOf(write: W): string[];
  maxBatch: number;
  maxInFlight: number;
  /** Told when a grouped statement failed and its writes are being retried one by one. */
  onGroupFailed?(error: unknown, size: number): void;
}

interface Pending<W, R> {
  write: W;
  resolve(result: R): void;
  reject(error: unknown): void;
}

export class WriteCoalescer<W, R> {
  private queue: Pending<W, R>[] = [];
  private inFlight = 0;
  private readonly keysInFlight = new Set<string>();
  /** Statements sent and writes they carried, for benchmarks and tests. */
  readonly stats = { statements: 0, writes: 0, fallbacks: 0 };

  constructor(private readonly options: WriteCoalescerOptions<W, R>) {}

  write(write: W): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ write, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
      const batch = this.takeBatch();
      if (batch.length === 0) return; // everything queued waits on a key in flight
      const keys = batch.flatMap((p) => this.options.keysOf(p.write));
      for (const k of keys) this.keysInFlight.add(k);
      this.inFlight++;
      void this.send(batch).finally(() => {
        for (const k of keys) this.keysInFlight.delete(k);
        this.inFlight--;
        // Let the writers just answered queue their next writes first, so they share the next statement.
        setImmediate(() => this.pump());
      });
    }
  }

  private takeBatch(): Pending<W, R>[] {
    const batch: Pending<W, R>[] = [];
    const taken = new Set<string>(this.keysInFlight);
    const rest: Pending<W, R>[] = [];
    for (const pending of this.queue) {
      const keys = this.options.keysOf(pending.write);
      if (batch.length < this.options.maxBatch && !keys.some((k) => taken.has(k))) {
        batch.push(pending);
        for (const k of keys) taken.add(k);
      } else rest.push(pending);
    }
    this.queue = rest;
    return batch;
  }

  private async send(batch: Pending<W, R>[]): Promise<void> {
    this.stats.statements++;
    this.stats.writes += batch.length;
    if (batch.length === 1) return settle(batch[0], () => this.options.writeOne(batch[0].write));
    let results: R[];
    try {
      results = await this.options.writeMany(batch.map((p) => p.write));
    } catch (error) {
      this.stats.fallbacks++;
      this.options.onGroupFailed?.(error, batch.length);
      await Promise.all(batch.map((p) => settle(p, () => this.options.writeOne(p.write))));
      return;
    }
    batch.forEach((p, i) => p.resolve(results[i]));
  }
}

async function settle<W, R>(pending: Pending<W, R>, run: () => Promise<R>): Promise<void> {
  try {
    pending.resolve(await run());
  } catch (error) {
    pending.reject(error);
  }
}
