import type { Metadata } from "next";
import { Send, Webhook } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { CreateWebhookForm } from "@/components/admin/create-webhook-form";
import { formatDateTime } from "@/components/orders/format";
import { requirePage } from "@/lib/server/auth/session";
import { listWebhookDeliveries, listWebhooks } from "@/lib/server/services/webhooks/manage-webhooks";
import { WEBHOOK_EVENT_TYPES } from "@/lib/schemas/webhooks";
import { serverT } from "@/lib/i18n/server-locale";
import { createWebhookAction, replayDeliveryAction, toggleWebhookAction } from "./actions";

export const metadata: Metadata = { title: "Webhooks" };

const TONE = { succeeded: "success", pending: "warning", dead: "danger" } as const;

export default async function IntegrationsPage() {
  const ctx = await requirePage("page:admin", "/admin/integrations");
  const { locale, t, timeZone } = await serverT();
  const [hooks, deliveries] = await Promise.all([listWebhooks({ ctx }), listWebhookDeliveries({ ctx, input: { limit: 50 } })]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("admin.title")} description={t("admin.subtitle")} />
      <AdminTabs current="integrations" labels={{ access: t("admin.tabAccess"), integrations: t("admin.tabIntegrations"), inbox: t("admin.tabInbox") }} />
      <Card>
        <CardHeader><CardTitle>{t("admin.webhooks")}</CardTitle></CardHeader>
        <CardContent className="space-y-4">
          <CreateWebhookForm action={createWebhookAction} eventTypes={WEBHOOK_EVENT_TYPES} text={{ name: t("admin.keyName"), url: t("admin.webhookUrl"), events: t("admin.webhookEvents"), create: t("common.create"), created: t("admin.webhookCreated") }} />
          {hooks.length === 0 ? <EmptyState icon={Webhook} title={t("admin.noWebhooks")} size="sm" /> : (
            <Table data-testid="webhooks">
              <THead><TR><TH>{t("admin.keyName")}</TH><TH>{t("admin.webhookUrl")}</TH><TH>{t("admin.webhookEvents")}</TH><TH>{t("order.status")}</TH><TH><span className="sr-only">{t("common.actions")}</span></TH></TR></THead>
              <TBody>
                {hooks.map((h) => (
                  <TR key={h.id}>
                    <TD>{h.name}</TD>
                    <TD className="max-w-72 truncate font-mono text-xs">{h.url}</TD>
                    <TD className="font-mono text-xs">{h.eventTypes.length ? h.eventTypes.join(", ") : "*"}</TD>
                    <TD>{h.active ? <Badge variant="success">{t("admin.active")}</Badge> : <Badge variant="muted">{t("admin.disable")}</Badge>}</TD>
                    <TD className="text-right">
                      <form action={toggleWebhookAction}>
                        <input type="hidden" name="id" value={h.id} />
                        <input type="hidden" name="active" value={String(!h.active)} />
                        <Button size="sm" variant="outline" type="submit">{h.active ? t("admin.disable") : t("admin.enable")}</Button>
                      </form>
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader><CardTitle>{t("admin.deliveries")}</CardTitle></CardHeader>
        <CardContent>
          {deliveries.length === 0 ? <EmptyState icon={Send} title={t("admin.noDeliveries")} size="sm" /> : (
            <Table data-testid="deliveries">
              <THead><TR><TH>{t("admin.received")}</TH><TH>Event</TH><TH>{t("admin.keyName")}</TH><TH>{t("order.status")}</TH><TH numeric>{t("admin.attempts")}</TH><TH>{t("admin.lastResult")}</TH><TH><span className="sr-only">{t("admin.replay")}</span></TH></TR></THead>
              <TBody>
                {deliveries.map((d) => (
                  <TR key={d.id}>
                    <TD className="whitespace-nowrap tabular-nums">{formatDateTime(d.createdAt.toISOString(), locale, timeZone)}</TD>
                    <TD className="font-mono text-xs">{d.eventType}</TD>
                    <TD>{d.subscription.name}</TD>
                    <TD><Badge variant={TONE[d.status as keyof typeof TONE] ?? "neutral"}>{d.status}</Badge></TD>
                    <TD numeric>{d.attempts}</TD>
                    <TD className="max-w-56 truncate text-xs text-muted-foreground">{d.lastError ?? (d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : "—")}</TD>
                    <TD className="text-right">
                      {d.status !== "pending" ? (
                        <form action={replayDeliveryAction}>
                          <input type="hidden" name="id" value={d.id} />
                          <Button size="sm" variant="outline" type="submit">{t("admin.replay")}</Button>
                        </form>
                      ) : null}
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
