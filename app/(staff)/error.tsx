"use client";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";

// Unexpected errors only: the message is generic and the digest lets support find the server log line.
// (No loading.tsx at this level on purpose: streaming a shell first would turn 403 pages into 200 responses.)
export default function StaffError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorState
      title="出错了 · Something went wrong"
      message="页面加载失败，请重试。The page could not be loaded; please try again."
      details={error.digest ? `ref ${error.digest}` : undefined}
      action={<Button variant="outline" onClick={reset}>重试 · Retry</Button>}
    />
  );
}
