import type { Metadata } from 'next'

import { ArticleList } from '../components/ArticleCard'
import { searchArticles } from '../data/articles'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = { title: 'Search', robots: { index: false, follow: true } }

export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? ''
  const results = query ? await searchArticles(query) : []
  return (
    <div className="page">
      <header className="section-header">
        <h1>Search</h1>
        <form action="/search" className="search-form" method="get" role="search">
          <label htmlFor="search-query">Search stories</label>
          <input defaultValue={query} id="search-query" name="q" type="search" />
          <button type="submit">Search</button>
        </form>
      </header>
      {query && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">
            {results.length
              ? `${results.length} ${results.length === 1 ? 'story' : 'stories'} for “${query}”`
              : `No stories for “${query}”`}
          </h2>
          <ArticleList articles={results} empty="Try fewer or different words." />
        </section>
      )}
    </div>
  )
}
