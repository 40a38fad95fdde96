export default function HomePage() {
  return (
    <section aria-labelledby="latest-heading">
      <h1 id="latest-heading">Latest news</h1>
      <p>The front page fills in as editors publish stories from the admin panel.</p>
      <p>
        <a href="/admin">Staff sign-in</a>
      </p>
    </section>
  )
}
