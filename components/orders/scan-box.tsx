"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { ScanBarcode } from "lucide-react";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/server/action";

export function ScanBox(props: { label: string; notFound: string; resolve: (code: string) => Promise<ActionResult<{ orderId: string }>> }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const code = input.current?.value.trim() ?? "";
    if (!code) return;
    start(async () => {
      const result = await props.resolve(code);
      if (result.ok) router.push(`/orders/${result.data.orderId}`);
      else {
        setError(`${props.notFound}: ${code}`);
        input.current?.select();
      }
    });
  }

  return (
    <form onSubmit={submit} role="search" className="space-y-1.5">
      <label htmlFor="scan" className="flex items-center gap-2 text-sm font-medium">
        <ScanBarcode aria-hidden className="size-4" /> {props.label}
      </label>
      <Input
        id="scan"
        ref={input}
        autoFocus
        autoComplete="off"
        inputMode="text"
        className="h-12 font-mono text-lg"
        aria-invalid={!!error}
        aria-describedby={error ? "scan-error" : undefined}
        disabled={pending}
        onChange={() => setError(null)}
      />
      <p id="scan-error" role="status" className="min-h-5 text-sm text-destructive">{error}</p>
    </form>
  );
}
