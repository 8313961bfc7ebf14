import { Link } from "react-router-dom";

export function NotFoundPage() {
  return (
    <section>
      <h1>Not found</h1>
      <p>This page does not exist, or you have no access to it.</p>
      <Link to="/">Back to the start page</Link>
    </section>
  );
}
