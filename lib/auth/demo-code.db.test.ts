// The demo sign-in page never shows a code that was just used for the account
// (each code works once): the next one, which is already accepted, or a wait.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { seedDemoUsers } from "@/prisma/seed/users";
import { demoCodeFor } from "./demo-code";
import { DEMO_TOTP_SECRET } from "./demo-two-factor";
import { base32Decode, matchStep, stepAt, totp } from "./totp";

const provider = databaseConfig().provider;

describe(`the demo code (${provider})`, () => {
  it("is the current code until it is used, then the next one, then a wait", async () => {
    await seedDemoUsers(db);
    const now = new Date();
    const secret = base32Decode(DEMO_TOTP_SECRET);
    const current = stepAt(now);
    await db.user.update({ where: { username: "inspektur" }, data: { totpLastStep: current - 1 } });
    expect(await demoCodeFor("inspektur", now)).toMatchObject({ code: totp(secret, now), usedNow: false });

    await db.user.update({ where: { username: "inspektur" }, data: { totpLastStep: current } });
    const next = await demoCodeFor("inspektur", now);
    expect(next.usedNow).toBe(true);
    expect(next.code).not.toBe(totp(secret, now));
    // What is shown would be accepted for this account now.
    expect(matchStep(secret, next.code!, now, current)).toBe(current + 1);
    // The other demo account has not used it: it gets the current code.
    expect((await demoCodeFor("admin", now)).code).toBe(totp(secret, now));

    await db.user.update({ where: { username: "inspektur" }, data: { totpLastStep: current + 1 } });
    expect(await demoCodeFor("inspektur", now)).toMatchObject({ code: null, usedNow: true });
  });
});
