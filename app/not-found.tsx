import { NotFoundContent } from "./_components/not-found-content";

// An address that matches no page: only the root layout is around it, so this is the page's <main>.
// Inside the public and staff pages, their own not-found (in their layout's <main>) answers instead.
export default function NotFound() {
  return (
    <main id="isi">
      <NotFoundContent />
    </main>
  );
}
