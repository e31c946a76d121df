import { describe, expect, it } from "vitest";
import { WriteCoalescer } from "./write-coalescer";

interface Write {
  id: number;
  keys: string[];
  bad?: boolean;
}

/** A fake database whose statements finish only when the test says so, recording what each one held. */
function harness(options: { maxBatch?: number; maxInFlight?: number } = {}) {
  const statements: number[][] = [];
  const open: { ids: number[]; finish: () => void; fail: (e: Error) => void }[] = [];
  const active = new Set<string>();
  const overlaps: string[] = [];
  const run = (writes: Write[]) =>
    new Promise<string[]>((resolve, reject) => {
      const keys = writes.flatMap((w) => w.keys);
      for (const k of keys) if (active.has(k)) overlaps.push(k);
      for (const k of keys) active.add(k);
      const ids = writes.map((w) => w.id);
      statements.push(ids);
      const done = () => keys.forEach((k) => active.delete(k));
      open.push({
        ids,
        finish: () => {
          done();
          if (writes.length > 1 && writes.some((w) => w.bad)) reject(new Error("one bad write spoils the statement"));
          else if (writes.some((w) => w.bad)) reject(new Error(`write ${writes[0].id} is bad`));
          else resolve(writes.map((w) => `ok ${w.id}`));
        },
        fail: (e) => {
          done();
          reject(e);
        },
      });
    });
  const failures: number[] = [];
  const coalescer = new WriteCoalescer<Write, string>({
    writeOne: async (w) => (await run([w]))[0],
    writeMany: run,
    keysOf: (w) => w.keys,
    maxBatch: options.maxBatch ?? 64,
    maxInFlight: options.maxInFlight ?? 1,
    onGroupFailed: (_e, size) => failures.push(size),
  });
  const tick = () => new Promise((r) => setImmediate(r));
  /** Finishes the oldest open statement and lets the coalescer send the next. */
  const finishNext = async () => {
    await tick();
    open.shift()!.finish();
    await tick();
    await tick();
  };
  return { coalescer, statements, open, overlaps, failures, finishNext, tick };
}

describe("WriteCoalescer", () => {
  it("sends a lone write at once, on its own", async () => {
    const h = harness();
    const result = h.coalescer.write({ id: 1, keys: ["a"] });
    await h.tick();
    expect(h.statements).toEqual([[1]]);
    await h.finishNext();
    await expect(result).resolves.toBe("ok 1");
  });

  it("groups the writes that queue while a statement is in flight, each caller getting its own result", async () => {
    const h = harness();
    const first = h.coalescer.write({ id: 1, keys: ["a"] });
    const rest = [2, 3, 4].map((id) => h.coalescer.write({ id, keys: [`k${id}`] }));
    await h.tick();
    expect(h.statements).toEqual([[1]]);
    await h.finishNext();
    expect(h.statements).toEqual([[1], [2, 3, 4]]);
    await h.finishNext();
    await expect(first).resolves.toBe("ok 1");
    await expect(Promise.all(rest)).resolves.toEqual(["ok 2", "ok 3", "ok 4"]);
    expect(h.coalescer.stats).toMatchObject({ statements: 2, writes: 4 });
  });

  it("never resolves a write before its statement has finished", async () => {
    const h = harness();
    let settled = false;
    void h.coalescer.write({ id: 1, keys: ["a"] }).then(() => (settled = true));
    await h.tick();
    await h.tick();
    expect(settled).toBe(false);
    await h.finishNext();
    expect(settled).toBe(true);
  });

  it("keeps writes with a shared key apart, and away from a statement in flight holding that key", async () => {
    const h = harness({ maxInFlight: 3 });
    const writes = [
      { id: 1, keys: ["parcel:a", "order:x"] },
      { id: 2, keys: ["parcel:a", "order:x"] },
      { id: 3, keys: ["parcel:b", "order:x"] },
      { id: 4, keys: ["parcel:c", "order:y"] },
      { id: 5, keys: ["parcel:a", "order:z"] },
    ].map((w) => h.coalescer.write(w));
    while (h.open.length) await h.finishNext();
    await Promise.all(writes);
    expect(h.overlaps).toEqual([]);
    for (const ids of h.statements) {
      const keys = ids.flatMap((id) => [[1, 2, 5].includes(id) ? "parcel:a" : id === 3 ? "parcel:b" : "parcel:c"]);
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect(h.statements.flat().sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("respects the largest batch", async () => {
    const h = harness({ maxBatch: 2 });
    const all = [1, 2, 3, 4, 5].map((id) => h.coalescer.write({ id, keys: [`k${id}`] }));
    while (h.open.length) await h.finishNext();
    await Promise.all(all);
    expect(h.statements).toEqual([[1], [2, 3], [4, 5]]);
  });

  it("when a grouped statement fails, writes its writes one by one so only the bad one fails", async () => {
    const h = harness();
    const first = h.coalescer.write({ id: 1, keys: ["a"] });
    const good = h.coalescer.write({ id: 2, keys: ["b"] });
    const bad = h.coalescer.write({ id: 3, keys: ["c"], bad: true });
    const alsoGood = h.coalescer.write({ id: 4, keys: ["d"] });
    const settled = Promise.allSettled([first, good, bad, alsoGood]);
    while (h.open.length) await h.finishNext();
    const [a, b, c, d] = await settled;
    expect([a, b, d].map((r) => r.status === "fulfilled" && r.value)).toEqual(["ok 1", "ok 2", "ok 4"]);
    expect(c.status === "rejected" && (c.reason as Error).message).toBe("write 3 is bad");
    expect(h.failures).toEqual([3]);
    expect(h.statements).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
  });

  it("a failed lone write rejects its caller and the coalescer carries on", async () => {
    const h = harness();
    const failing = h.coalescer.write({ id: 1, keys: ["a"] });
    await h.tick();
    h.open.shift()!.fail(new Error("connection lost"));
    await expect(failing).rejects.toThrow("connection lost");
    const next = h.coalescer.write({ id: 2, keys: ["a"] });
    await h.finishNext();
    await expect(next).resolves.toBe("ok 2");
  });
});
