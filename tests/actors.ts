// An Actor for domain functions in tests, from a real user row.
import type { Actor } from "@/lib/auth/actor";
import type { User } from "@/prisma/generated/sqlite/client";

export function actorOf(user: User, sessionId = "test-session"): Actor {
  return {
    id: user.id,
    sessionId,
    username: user.username,
    name: user.name,
    role: user.role,
    irbanWilayah: user.irbanWilayah,
    opdId: user.opdId,
    mustChangePassword: user.mustChangePassword,
    mustEnrollTwoFactor: false,
  };
}
