import { expect, test as setup } from "@playwright/test";
import { PASSWORD, ROLES, storageState, type RoleName } from "./roles";

// One stored session per role; every other spec starts from these.
for (const role of Object.keys(ROLES) as RoleName[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel(/邮箱|Email/).fill(ROLES[role].email);
    await page.getByLabel(/密码|Password/).fill(PASSWORD);
    await page.getByRole("button", { name: /登录|Sign in/ }).click();
    await expect(page).toHaveURL(new RegExp(`${ROLES[role].home}$`));
    await page.context().storageState({ path: storageState(role) });
  });
}
