import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/model/redirects.server";

// Any path no other route matches: its redirect if it was renamed or removed, else a helpful 404 page
// (both rendered by the root error boundary).
export function loader({ request }: LoaderFunctionArgs) {
  notFound(new URL(request.url).pathname);
}

export default function NotFound() {
  return null;
}
