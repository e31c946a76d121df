import Link from "next/link";
import { cn } from "@/components/ui/cn";

export function AdminTabs({ current, labels }: { current: "access" | "integrations" | "inbox"; labels: Record<"access" | "integrations" | "inbox", string> }) {
  const tabs = [
    { key: "access", href: "/admin" },
    { key: "integrations", href: "/admin/integrations" },
    { key: "inbox", href: "/admin/inbox" },
  ] as const;
  return (
    <nav aria-label="Admin" className="flex gap-1 border-b border-border">
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.key === current ? "page" : undefined}
          className={cn("-mb-px border-b-2 px-3 py-2 text-sm font-medium", tab.key === current ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:text-foreground")}
        >
          {labels[tab.key]}
        </Link>
      ))}
    </nav>
  );
}
