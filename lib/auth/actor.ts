import type { IrbanWilayah, Role } from "@/lib/enums";

/** The signed-in staff member, as every domain function receives them. */
export interface Actor {
  id: string;
  sessionId: string;
  username: string;
  name: string;
  role: Role;
  irbanWilayah: IrbanWilayah | null;
  /** the OPD a liaison (role OPD) acts for; null for everyone else */
  opdId?: string | null;
  mustChangePassword: boolean;
  /** a role that must sign in with two steps, not set up yet: only the account pages until it is */
  mustEnrollTwoFactor?: boolean;
}
