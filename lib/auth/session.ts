// The signed-in actor of a request. The JWT only names a session; whether it
// is still valid (not signed out, user active, session version current, used
// within 30 minutes, not past its 12 hours) is decided here, against the
// database, on every request — so an ended session stops working at once.
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { REQUEST_PATH_HEADER } from "@/lib/http/request-path";
import type { Actor } from "./actor";
import { authOptions } from "./options";
import { can, roleInEffect, type Permission } from "./permissions";
import { endSession } from "./sessions";
import { twoFactorRequired } from "./two-factor";

/** How stale `lastSeenAt` may get before a request refreshes it. */
const TOUCH_AFTER_MS = 60_000;
/** A session nobody used for 30 minutes ends (the absolute limit, 12 hours, is its expiresAt). */
export const IDLE_TIMEOUT_MS = 30 * 60_000;

export async function actorFromSession(token: { sid?: string; uid?: string; sv?: number }, now = new Date()): Promise<Actor | null> {
  if (!token.sid || !token.uid || typeof token.sv !== "number") return null;
  const session = await db.staffSession.findUnique({
    where: { id: token.sid },
    include: {
      user: {
        select: {
          id: true,
          username: true,
          name: true,
          role: true,
          irbanWilayah: true,
          opdId: true,
          active: true,
          sessionVersion: true,
          mustChangePassword: true,
          totpEnabledAt: true,
          roleApprovedAt: true,
        },
      },
    },
  });
  if (!session || session.userId !== token.uid || session.endedAt || session.expiresAt <= now) return null;
  const user = session.user;
  // An identity role not (or no longer) approved gives no access, whatever else the row says.
  if (!user.active || user.sessionVersion !== token.sv || !roleInEffect(user)) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > IDLE_TIMEOUT_MS) {
    await endSession(session.id, "TIDAK_AKTIF", now);
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.staffSession.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return {
    id: user.id,
    sessionId: session.id,
    username: user.username,
    name: user.name,
    role: user.role,
    irbanWilayah: user.irbanWilayah,
    opdId: user.opdId,
    mustChangePassword: user.mustChangePassword,
    mustEnrollTwoFactor: twoFactorRequired(user.role) && user.totpEnabledAt === null,
  };
}

/** The actor of this request (null without a valid session) and whether a session cookie was presented. Cached per request. */
export const getSessionState = cache(async (): Promise<{ actor: Actor | null; hadSession: boolean }> => {
  const session = await getServerSession(authOptions);
  if (!session) return { actor: null, hadSession: false };
  return { actor: await actorFromSession(session), hadSession: true };
});

export async function getActor(): Promise<Actor | null> {
  return (await getSessionState()).actor;
}

/**
 * For route handlers (downloads): the actor who may work now — null without a
 * session, and for one who must first change a temporary password or set up
 * two-step sign-in (pages redirect them; a download cannot).
 */
export async function getWorkingActor(): Promise<Actor | null> {
  const actor = await getActor();
  return actor && !actor.mustChangePassword && !actor.mustEnrollTwoFactor ? actor : null;
}

/** The path of this request, as proxy.ts recorded it. */
export async function requestPath(): Promise<string> {
  return (await headers()).get(REQUEST_PATH_HEADER) ?? "/beranda";
}

/** Sends a visitor without a valid session to the sign-in page, to come back here afterwards. */
export async function redirectToSignIn(hadSession: boolean): Promise<never> {
  const query = new URLSearchParams({ kembali: await requestPath() });
  if (hadSession) query.set("alasan", "sesi-berakhir");
  redirect(`/masuk?${query}`);
}

/**
 * For staff pages: the actor, or a redirect to sign in; a user with a
 * temporary password goes to change it; a page outside the role's work is
 * "not found".
 */
export async function requirePageActor(permission: Permission | null): Promise<Actor> {
  const { actor, hadSession } = await getSessionState();
  if (!actor) return redirectToSignIn(hadSession);
  if (actor.mustChangePassword && !(await requestPath()).startsWith("/akun")) redirect("/akun?wajib=1");
  if (actor.mustEnrollTwoFactor && !(await requestPath()).startsWith("/akun")) redirect("/akun/dua-langkah?wajib=1");
  // A page outside the role's work does not exist for it.
  if (permission && !can(actor.role, permission)) notFound();
  return actor;
}
