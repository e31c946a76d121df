"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type Text = Record<"title" | "subtitle" | "email" | "password" | "submit" | "wrong" | "throttled", string>;

export function LoginForm({ callbackUrl, notice, text }: { callbackUrl: string; notice?: string; text: Text }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setError(result?.error === "Throttled" ? text.throttled : text.wrong);
  }

  return (
    <Card className="w-full max-w-sm">
      <CardHeader>
        <h1 className="text-lg leading-tight font-semibold">{text.title}</h1>
        <CardDescription>{text.subtitle}</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          {notice && !error ? <Alert variant="info">{notice}</Alert> : null}
          {error ? (
            <Alert variant="destructive" data-testid="login-error">
              {error}
            </Alert>
          ) : null}
          <div className="space-y-1.5">
            <Label htmlFor="email">{text.email}</Label>
            <Input id="email" name="email" type="email" autoComplete="username" required autoFocus />
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="password">{text.password}</Label>
            <Input id="password" name="password" type="password" autoComplete="current-password" required />
          </div>
          <Button type="submit" className="w-full" loading={pending}>
            {text.submit}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
