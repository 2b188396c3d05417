import type { Role } from "@/lib/enums";

declare module "next-auth" {
  interface Session {
    uid?: string;
    sid?: string;
    sv?: number;
  }
  interface User {
    role: Role;
    sid: string;
    sv: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sid?: string;
    sv?: number;
    role?: Role;
  }
}
