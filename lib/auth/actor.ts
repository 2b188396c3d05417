import type { IrbanWilayah, Role } from "@/lib/enums";

/** The signed-in staff member, as every domain function receives them. */
export interface Actor {
  id: string;
  sessionId: string;
  username: string;
  name: string;
  role: Role;
  irbanWilayah: IrbanWilayah | null;
  mustChangePassword: boolean;
}
