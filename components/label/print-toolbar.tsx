"use client";
import { useEffect } from "react";
import { Printer } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Screen-only bar above the labels; opens the print dialog on arrival when asked to (Ship & print). */
export function PrintToolbar({ count, autoPrint, text }: { count: number; autoPrint: boolean; text: { print: string; labels: string } }) {
  useEffect(() => {
    if (autoPrint) window.print();
  }, [autoPrint]);
  return (
    <div data-print-hide className="sticky top-0 z-10 flex items-center justify-between gap-3 border-b border-border bg-card px-4 py-2 print:hidden">
      <span className="text-sm text-muted-foreground">{count} {text.labels}</span>
      <Button onClick={() => window.print()} autoFocus>
        <Printer aria-hidden className="size-4" /> {text.print}
      </Button>
    </div>
  );
}
