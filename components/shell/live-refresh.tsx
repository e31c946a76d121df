"use client";
import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * Keeps a server-rendered page live: asks `tokenUrl` for a change token every `everyMs` while the page is
 * visible, and re-renders the page only when the token differs from the one it was rendered with. The token
 * comes from the database, so a change made through any instance shows within about `everyMs`.
 */
export function LiveRefresh({ tokenUrl, renderedToken, everyMs = 1_500 }: { tokenUrl: string; renderedToken: string; everyMs?: number }) {
  const router = useRouter();
  // The token the server read before rendering this page: a change after that, even before the first poll,
  // shows as a different token.
  const seen = useRef(renderedToken);
  useEffect(() => {
    seen.current = renderedToken;
  }, [renderedToken]);
  const { data } = useQuery({
    queryKey: ["change-token", tokenUrl],
    queryFn: async ({ signal }) => {
      const res = await fetch(tokenUrl, { signal, cache: "no-store" });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return ((await res.json()) as { token: string }).token;
    },
    refetchInterval: everyMs,
    refetchIntervalInBackground: false,
    retry: false,
  });
  useEffect(() => {
    if (!data || data === seen.current) return;
    seen.current = data;
    router.refresh();
  }, [data, router]);
  return null;
}
