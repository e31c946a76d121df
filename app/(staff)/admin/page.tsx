import type { Metadata } from "next";
import { KeyRound } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { CreateApiKeyForm } from "@/components/admin/create-api-key-form";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { formatDateTime } from "@/components/orders/format";
import { ROLES } from "@/lib/domain/access/permissions";
import { requirePage } from "@/lib/server/auth/session";
import { listApiKeys } from "@/lib/server/services/api-keys/manage-api-keys";
import { listUsers } from "@/lib/server/services/users/manage-users";
import { serverT } from "@/lib/i18n/server-locale";
import { createApiKeyAction, createUserAction, revokeApiKeyAction } from "./actions";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const ctx = await requirePage("page:admin", "/admin");
  const { locale, t, timeZone } = await serverT();
  const [users, keys] = await Promise.all([listUsers({ ctx }), listApiKeys({ ctx })]);
  const roles = ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }));
  return (
    <div className="space-y-6">
      <PageHeader title={t("admin.title")} description={t("admin.subtitle")} />
      <AdminTabs current="access" labels={{ access: t("admin.tabAccess"), integrations: t("admin.tabIntegrations"), inbox: t("admin.tabInbox") }} />
      <Card>
        <CardHeader><CardTitle>{t("admin.apiKeys")}</CardTitle></CardHeader>
        <CardContent className="space-y-4">
          <CreateApiKeyForm action={createApiKeyAction} roles={roles} text={{ name: t("admin.keyName"), role: t("admin.keyRole"), create: t("admin.newKey"), created: t("admin.keyCreated") }} />
          {keys.length === 0 ? <EmptyState icon={KeyRound} title={t("admin.noKeys")} /> : (
            <Table data-testid="api-keys">
              <THead><TR><TH>{t("admin.keyName")}</TH><TH>{t("admin.keyPrefix")}</TH><TH>{t("admin.keyRole")}</TH><TH>{t("admin.lastUsed")}</TH><TH>{t("order.status")}</TH><TH><span className="sr-only">{t("common.actions")}</span></TH></TR></THead>
              <TBody>
                {keys.map((k) => (
                  <TR key={k.id}>
                    <TD>{k.name}</TD>
                    <TD className="font-mono">{k.prefix}…</TD>
                    <TD>{t(`role.${k.role}`)}</TD>
                    <TD className="tabular-nums">{formatDateTime(k.lastUsedAt?.toISOString(), locale, timeZone)}</TD>
                    <TD>{k.revokedAt ? <Badge variant="muted">{t("admin.revoked")}</Badge> : <Badge variant="success">{t("admin.active")}</Badge>}</TD>
                    <TD className="text-right">
                      {k.revokedAt ? null : (
                        <form action={revokeApiKeyAction}>
                          <input type="hidden" name="id" value={k.id} />
                          <Button type="submit" variant="outline" size="sm" aria-label={`${t("common.revoke")} ${k.name}`}>{t("common.revoke")}</Button>
                        </form>
                      )}
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader><CardTitle>{t("admin.users")}</CardTitle></CardHeader>
        <CardContent className="space-y-4">
          <CreateUserForm action={createUserAction} roles={roles} text={{ email: t("login.email"), name: t("admin.name"), role: t("admin.role"), password: t("login.password"), create: t("admin.newUser"), created: t("admin.userCreated") }} />
          <Table data-testid="users">
            <THead><TR><TH>{t("login.email")}</TH><TH>{t("admin.name")}</TH><TH>{t("admin.role")}</TH><TH>{t("admin.lastLogin")}</TH></TR></THead>
            <TBody>
              {users.map((u) => (
                <TR key={u.id}>
                  <TD className="font-mono text-sm">{u.email}</TD>
                  <TD>{u.name}</TD>
                  <TD><Badge variant="info">{t(`role.${u.role}`)}</Badge></TD>
                  <TD className="tabular-nums">{formatDateTime(u.lastLoginAt?.toISOString(), locale, timeZone)}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        </CardContent>
      </Card>
    </div>
  );
}
