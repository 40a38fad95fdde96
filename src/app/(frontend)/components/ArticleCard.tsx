import { articlePath, regionPath } from '@/site/paths'

import type { ArticleCard as Card } from '../data/articles'

import { DateTime } from './DateTime'
import { Picture } from './Picture'

type Props = {
  article: Card
  variant?: 'lead' | 'standard' | 'compact'
  headingLevel?: 2 | 3
}

const label = (article: Card) => {
  if (article.kicker) return { text: article.kicker, href: null }
  const region = article.regions?.find((item) => typeof item === 'object')
  return region && typeof region === 'object' && region.slug
    ? { text: region.name, href: regionPath(region.slug) }
    : null
}

/** A story in a list: the whole card is one link, named by its headline. */
export function ArticleCard({ article, variant = 'standard', headingLevel = 3 }: Props) {
  if (!article.slug) return null
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const kicker = label(article)
  return (
    <article className={`card card--${variant}`}>
      {variant !== 'compact' && (
        <div className="card__media">
          <Picture
            decorative
            media={article.heroImage}
            priority={variant === 'lead'}
            size={variant === 'lead' ? 'hero' : 'card'}
            sizes={
              variant === 'lead'
                ? '(min-width: 960px) 60vw, 100vw'
                : '(min-width: 960px) 25vw, 100vw'
            }
          />
        </div>
      )}
      <div className="card__text">
        {kicker && <p className="kicker">{kicker.text}</p>}
        <Heading className="card__headline">
          <a href={articlePath(article.slug)}>{article.title}</a>
        </Heading>
        {variant !== 'compact' && article.standfirst && (
          <p className="card__standfirst">{article.standfirst}</p>
        )}
        {article.publishedAt && (
          <p className="card__meta">
            <DateTime value={article.publishedAt} />
          </p>
        )}
      </div>
    </article>
  )
}

export function ArticleList({ articles, empty }: { articles: Card[]; empty: string }) {
  if (!articles.length) return <p className="empty">{empty}</p>
  return (
    <div className="grid">
      {articles.map((article) => (
        <ArticleCard article={article} key={article.id} />
      ))}
    </div>
  )
}
