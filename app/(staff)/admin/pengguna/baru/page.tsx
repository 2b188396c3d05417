import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { opdChoices } from "@/lib/intake/opd-choices";
import { UserForm } from "../user-form";

export const metadata: Metadata = { title: "Tambah pengguna" };

export default async function NewUserPage() {
  await requirePageActor("admin:users");
  const opds = await opdChoices();
  return (
    <>
      <p>
        <Link href="/admin/pengguna">← Pengguna</Link>
      </p>
      <h1>Tambah pengguna</h1>
      <UserForm opds={opds} />
    </>
  );
}
