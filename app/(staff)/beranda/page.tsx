import { redirect } from "next/navigation";
import { homeFor, safeReturnPath } from "@/lib/auth/navigation";
import { requirePageActor } from "@/lib/auth/session";

/** Where sign-in lands: the page asked for before signing in, else the role's first page. */
export default async function Beranda({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor(null);
  const back = safeReturnPath((await searchParams).kembali);
  redirect(back ?? homeFor(actor.role));
}
