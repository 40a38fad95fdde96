import type { Metadata } from 'next'

import { articlePath, regionPath, topicPath } from '@/site/paths'

import { ArticleCard } from './components/ArticleCard'
import { getFrontPage } from './data/articles'

export const metadata: Metadata = { alternates: { canonical: '/' } }

/** Static until an editor publishes: the page is re-rendered when a story changes (revalidate.ts). */
export const revalidate = false

export default async function HomePage() {
  const { breaking, lead, latest, regions, topics } = await getFrontPage()
  return (
    <>
      {breaking.length > 0 && (
        <aside aria-label="Breaking news" className="breaking">
          <strong className="breaking__label">Breaking</strong>
          <ul>
            {breaking.map((article) =>
              article.slug ? (
                <li key={article.id}>
                  <a href={articlePath(article.slug)}>{article.title}</a>
                </li>
              ) : null,
            )}
          </ul>
        </aside>
      )}
      <h1 className="visually-hidden">Newsroom: the latest international news</h1>
      {lead ? (
        <section aria-label="Top story" className="lead">
          <ArticleCard article={lead} headingLevel={2} variant="lead" />
        </section>
      ) : (
        <p className="empty">The front page fills in as editors publish stories.</p>
      )}
      {latest.length > 0 && (
        <section aria-labelledby="latest-heading" className="desk">
          <h2 className="desk__title" id="latest-heading">
            Latest news
          </h2>
          <div className="grid">
            {latest.map((article) => (
              <ArticleCard article={article} key={article.id} />
            ))}
          </div>
        </section>
      )}
      {regions.map(({ region, articles }) => (
        <section aria-labelledby={`desk-${region.id}`} className="desk" key={region.id}>
          <h2 className="desk__title" id={`desk-${region.id}`}>
            <a href={regionPath(region.slug ?? '')}>{region.name}</a>
          </h2>
          <div className="grid">
            {articles.map((article) => (
              <ArticleCard article={article} key={article.id} />
            ))}
          </div>
        </section>
      ))}
      {topics.length > 0 && (
        <section aria-labelledby="topics-heading" className="desk desk--topics">
          <h2 className="desk__title" id="topics-heading">
            Topics
          </h2>
          <div className="topics">
            {topics.map(({ topic, articles }) => (
              <section aria-labelledby={`topic-${topic.id}`} className="topic" key={topic.id}>
                <h3 id={`topic-${topic.id}`}>
                  <a href={topicPath(topic.slug ?? '')}>{topic.name}</a>
                </h3>
                {articles.map((article) => (
                  <ArticleCard
                    article={article}
                    headingLevel={3}
                    key={article.id}
                    variant="compact"
                  />
                ))}
              </section>
            ))}
          </div>
        </section>
      )}
    </>
  )
}
