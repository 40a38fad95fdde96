import type { Feed } from '@/site/rss'
import { FEED_PATH, SITE_NAME, articlePath, feedPathOf, regionPath, topicPath } from '@/site/paths'

import { findCards, findRegionArticles, findTopicArticles } from './articles'
import type { ArticleCard } from './articles'
import { findRegion, getSections } from './sections'

const FEED_SIZE = 30

const items = (articles: ArticleCard[]) =>
  articles
    .filter((article) => article.slug)
    .map((article) => ({
      title: article.title,
      path: articlePath(article.slug!),
      description: article.standfirst,
      publishedAt: article.publishedAt,
    }))

export const getMainFeed = async (): Promise<Feed> => ({
  title: `${SITE_NAME}: latest news`,
  description: 'The latest international news from our newsroom.',
  path: FEED_PATH,
  items: items(await findCards({ limit: FEED_SIZE })),
})

export const getRegionFeed = async (slug: string): Promise<Feed | null> => {
  const region = findRegion(await getSections(), slug)
  if (!region) return null
  return {
    title: `${SITE_NAME}: ${region.name}`,
    description: region.description ?? `The latest news from ${region.name}.`,
    path: feedPathOf(regionPath(slug)),
    items: items(await findRegionArticles(region.subtree, FEED_SIZE)),
  }
}

export const getTopicFeed = async (slug: string): Promise<Feed | null> => {
  const topic = (await getSections()).topics.find((item) => item.slug === slug)
  if (!topic) return null
  return {
    title: `${SITE_NAME}: ${topic.name}`,
    description: topic.description ?? `News and analysis: ${topic.name}.`,
    path: feedPathOf(topicPath(slug)),
    items: items(await findTopicArticles(topic.id, FEED_SIZE)),
  }
}
