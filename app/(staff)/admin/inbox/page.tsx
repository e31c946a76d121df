import type { Metadata } from "next";
import { Inbox, ListChecks } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { formatDateTime } from "@/components/orders/format";
import { requirePage } from "@/lib/server/auth/session";
import { listTrackingInbox } from "@/lib/server/services/tracking/list-tracking-inbox";
import { serverT } from "@/lib/i18n/server-locale";

export const metadata: Metadata = { title: "Unmatched pushes" };

export default async function InboxPage() {
  const ctx = await requirePage("page:admin", "/admin/inbox");
  const { locale, t, timeZone } = await serverT();
  const inbox = await listTrackingInbox({ ctx });
  return (
    <div className="space-y-6">
      <PageHeader title={t("admin.title")} description={t("admin.subtitle")} />
      <AdminTabs current="inbox" labels={{ access: t("admin.tabAccess"), integrations: t("admin.tabIntegrations"), inbox: t("admin.tabInbox") }} />
      <Card>
        <CardHeader><CardTitle>{t("admin.unmatched")}</CardTitle><CardDescription>{t("admin.unmatchedBody")}</CardDescription></CardHeader>
        <CardContent>
          {inbox.unmatched.length === 0 ? <EmptyState icon={Inbox} title={t("admin.noUnmatched")} size="sm" /> : (
            <Table data-testid="unmatched">
              <THead><TR><TH>{t("order.tracking")}</TH><TH>{t("admin.source")}</TH><TH>{t("order.carrier")}</TH><TH numeric>{t("admin.checkpoints")}</TH><TH>{t("admin.received")}</TH></TR></THead>
              <TBody>
                {inbox.unmatched.map((u) => (
                  <TR key={u.id}>
                    <TD className="font-mono">{u.trackingNumber}</TD>
                    <TD>{u.source}</TD>
                    <TD className="uppercase">{u.carrier ?? "—"}</TD>
                    <TD numeric>{u.checkpoints}</TD>
                    <TD className="tabular-nums">{formatDateTime(u.receivedAt, locale, timeZone)}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader><CardTitle>{t("admin.unknownCodes")}</CardTitle></CardHeader>
        <CardContent>
          {inbox.unknownCodes.length === 0 ? <EmptyState icon={ListChecks} title={t("admin.noUnknownCodes")} size="sm" /> : (
            <Table>
              <THead><TR><TH>{t("admin.source")}</TH><TH>Code</TH><TH numeric>{t("admin.count")}</TH><TH>{t("admin.received")}</TH></TR></THead>
              <TBody>
                {inbox.unknownCodes.map((c) => (
                  <TR key={`${c.source}-${c.code}`}><TD>{c.source}</TD><TD className="font-mono">{c.code}</TD><TD numeric>{c.count}</TD><TD className="tabular-nums">{formatDateTime(c.lastSeen, locale, timeZone)}</TD></TR>
                ))}
              </TBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
