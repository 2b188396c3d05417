import { Brand } from "@/app/_components/brand";
import { StaffNav } from "@/app/_components/staff-nav";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { navFor } from "@/lib/auth/navigation";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getSessionState, redirectToSignIn } from "@/lib/auth/session";

// Staff pages depend on the session: never prerendered, never cached.
export const dynamic = "force-dynamic";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const { actor, hadSession } = await getSessionState();
  // Each page checks again (layouts are not re-run on every navigation); this keeps the shell from rendering for nobody.
  if (!actor) return redirectToSignIn(hadSession);
  const items = navFor(actor.role).map(({ href, label }) => ({ href, label }));
  return (
    <>
      <header className="site-header">
        <div className="bar">
          <Brand />
          <StaffNav items={items} />
          <div className="who" data-testid="who">
            <span>
              {actor.name}
              <span className="role" data-testid="role">
                {ROLE_LABELS[actor.role]}
              </span>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="isi">{children}</main>
      <footer className="site-footer">
        <div className="bar">SIPADU — Sistem Informasi Penanganan Pengaduan Masyarakat, Inspektorat Kabupaten Banyumas</div>
      </footer>
    </>
  );
}
