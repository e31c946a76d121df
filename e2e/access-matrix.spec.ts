import { expect, test } from "@playwright/test";
import { ROLES, storageState, type RoleName } from "./roles";

const PAGES = ["/warehouse", "/support", "/analytics", "/admin"] as const;
const ALLOWED: Record<RoleName, readonly string[]> = {
  admin: PAGES,
  warehouse: ["/warehouse"],
  support: ["/support"],
  analyst: ["/analytics"],
};

for (const role of Object.keys(ROLES) as RoleName[]) {
  test.describe(`${role} role`, () => {
    test.use({ storageState: storageState(role) });

    test("lands on its home page after sign-in", async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL(new RegExp(`${ROLES[role].home}$`));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });

    for (const path of PAGES) {
      const allowed = ALLOWED[role].includes(path);
      test(`${allowed ? "reaches" : "is refused"} ${path}`, async ({ page }) => {
        const response = await page.goto(path);
        if (allowed) {
          expect(response?.status()).toBe(200);
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          await expect(page.getByRole("heading", { name: /没有访问权限|Access denied/ })).toHaveCount(0);
        } else {
          expect(response?.status()).toBe(403);
          await expect(page.getByRole("heading", { name: /没有访问权限|Access denied/ })).toBeVisible();
        }
      });
    }
  });
}

test.describe("signed out", () => {
  for (const path of PAGES) {
    test(`${path} redirects to sign-in`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login/);
    });
  }

  test("the public tracking page needs no sign-in", async ({ page }) => {
    const response = await page.goto("/track");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: /查询快递|Track a parcel/ })).toBeVisible();
  });
});
