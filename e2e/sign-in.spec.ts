import { expect, test } from "@playwright/test";
import { PASSWORD, ROLES, storageState } from "./roles";

test("a wrong password gets a clear message and no session", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel(/邮箱|Email/).fill(ROLES.support.email);
  await page.getByLabel(/密码|Password/).fill("not-the-password");
  await page.getByRole("button", { name: /登录|Sign in/ }).click();
  await expect(page.getByTestId("login-error")).toHaveText(/邮箱或密码不正确|Wrong email or password/);
  await page.goto("/support");
  await expect(page).toHaveURL(/\/login/);
});

test("repeated failures for one account are throttled", async ({ page }) => {
  const email = `nobody-${Date.now()}@shiplane.local`;
  await page.goto("/login");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel(/邮箱|Email/).fill(email);
    await page.getByLabel(/密码|Password/).fill(`guess-${i}`);
    await page.getByRole("button", { name: /登录|Sign in/ }).click();
    await expect(page.getByTestId("login-error")).toHaveText(/不正确|Wrong/);
  }
  await page.getByLabel(/密码|Password/).fill(PASSWORD);
  await page.getByRole("button", { name: /登录|Sign in/ }).click();
  await expect(page.getByTestId("login-error")).toHaveText(/次数过多|Too many/);
});

test.describe("signed in", () => {
  test.use({ storageState: storageState("analyst") });

  test("signing out ends the session", async ({ page, context }) => {
    // A copy of the stored session, so signing out here does not affect other specs' files.
    await page.goto("/analytics");
    await page.getByRole("button", { name: /退出登录|Sign out/ }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1/);
    await expect(page.getByText(/您已退出登录|You are signed out/)).toBeVisible();
    await page.goto("/analytics");
    await expect(page).toHaveURL(/\/login/);
    await context.clearCookies();
  });
});

test("an expired or tampered session cookie is treated as signed out", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("admin") });
  const cookies = await context.cookies();
  await context.clearCookies();
  await context.addCookies(cookies.map((c) => (c.name.includes("session-token") ? { ...c, value: `${c.value.slice(0, -4)}AAAA` } : c)));
  const page = await context.newPage();
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin&expired=1/);
  await expect(page.getByText(/登录已过期|session expired/)).toBeVisible();
  await context.close();
});
