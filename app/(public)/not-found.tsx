import { NotFoundContent } from "@/app/_components/not-found-content";

// Inside the public layout, whose <main> this is rendered in.
export default function PublicNotFound() {
  return <NotFoundContent />;
}
