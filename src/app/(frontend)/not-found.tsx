import { SEARCH_PATH } from '@/site/paths'

export default function NotFound() {
  return (
    <section aria-labelledby="not-found-heading" className="page page--narrow">
      <h1 id="not-found-heading">Page not found</h1>
      <p>
        The story or page you were looking for is not here. It may have moved or been withdrawn.
      </p>
      <form action={SEARCH_PATH} method="get" role="search">
        <label htmlFor="not-found-search">Search our stories</label>
        <input id="not-found-search" name="q" type="search" />
        <button type="submit">Search</button>
      </form>
      <p>
        <a href="/">Go to the front page</a>
      </p>
    </section>
  )
}
