import type { Where } from 'payload'

import type { Article, Media, Region, Topic, User } from '@/payload-types'

import { asReader, buildingWithoutData, getPayloadClient } from './payload'
import { getSections } from './sections'
import type { SectionTree } from './sections'

/** What a story card shows: a list never loads bodies, authors or comments. */
const CARD_SELECT = {
  title: true,
  slug: true,
  kicker: true,
  standfirst: true,
  heroImage: true,
  publishedAt: true,
  breaking: true,
  featured: true,
  regions: true,
} as const

const CARD_POPULATE = { regions: { name: true, slug: true } } as const

export type ArticleCard = Pick<
  Article,
  'id' | 'title' | 'slug' | 'kicker' | 'standfirst' | 'publishedAt' | 'breaking' | 'featured'
> & {
  heroImage?: Media | string | null
  regions?: (Pick<Region, 'id' | 'name' | 'slug'> | string)[] | null
}

const NEWEST_FIRST = '-publishedAt'

export const findCards = async ({
  where,
  limit,
}: {
  where?: Where
  limit: number
}): Promise<ArticleCard[]> => {
  if (buildingWithoutData()) return []
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection: 'articles',
    depth: 1,
    limit,
    populate: CARD_POPULATE,
    select: CARD_SELECT,
    sort: NEWEST_FIRST,
    where,
  })
  return docs
}

const inRegions = (ids: string[]): Where => ({ regions: { in: ids } })

export type FrontPage = {
  breaking: ArticleCard[]
  lead: ArticleCard | null
  latest: ArticleCard[]
  regions: { region: SectionTree['regions'][number]; articles: ArticleCard[] }[]
  topics: { topic: Pick<Topic, 'id' | 'name' | 'slug'>; articles: ArticleCard[] }[]
}

/** The front page: breaking banner, the featured story, the latest, then region and topic desks. */
export const getFrontPage = async (): Promise<FrontPage> => {
  const sections = await getSections()
  const [breaking, featured, latest] = await Promise.all([
    findCards({ where: { breaking: { equals: true } }, limit: 3 }),
    findCards({ where: { featured: { equals: true } }, limit: 1 }),
    findCards({ limit: 13 }),
  ])
  const lead = featured[0] ?? latest[0] ?? null
  const desks = sections.regions.filter((region) => region.depth === 1)
  const [regions, topics] = await Promise.all([
    Promise.all(
      desks.map(async (region) => ({
        region,
        articles: await findCards({ where: inRegions(region.subtree), limit: 4 }),
      })),
    ),
    Promise.all(
      sections.topics.map(async (topic) => ({
        topic,
        articles: await findCards({ where: { topics: { in: [topic.id] } }, limit: 3 }),
      })),
    ),
  ])
  return {
    breaking,
    lead,
    latest: latest.filter((article) => article.id !== lead?.id).slice(0, 12),
    regions: regions.filter((desk) => desk.articles.length),
    topics: topics.filter((desk) => desk.articles.length),
  }
}

/** A region page lists the stories filed under it and under all its sub-regions. */
export const findRegionArticles = (subtree: string[], limit = 30) =>
  findCards({ where: inRegions(subtree), limit })

export const findTopicArticles = (topicId: string, limit = 30) =>
  findCards({ where: { topics: { in: [topicId] } }, limit })

export type ArticlePage = Omit<
  Article,
  'heroImage' | 'regions' | 'topics' | 'relatedArticles' | 'authors'
> & {
  heroImage?: Media | string | null
  regions?: (Region | string)[] | null
  topics?: (Topic | string)[] | null
  relatedArticles?: (ArticleCard | string)[] | null
  authors?: (User | string)[] | null
}

/**
 * One story by slug, as a reader sees it. With `preview` (draft mode and a signed-in staff
 * account) the latest draft is read with that user's rights, so access rules still decide.
 */
export const getArticle = async (
  slug: string,
  preview?: { user: User },
): Promise<ArticlePage | null> => {
  if (buildingWithoutData()) return null
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection: 'articles',
    depth: 2,
    draft: Boolean(preview),
    limit: 1,
    // Their comment modes decide whether the story shows its comment form.
    populate: {
      regions: { name: true, slug: true, commentsMode: true },
      topics: { name: true, slug: true, commentsMode: true },
    },
    user: preview?.user,
    where: { slug: { equals: slug } },
  })
  return (docs[0]) ?? null
}

/**
 * Reader search over headlines, kickers and standfirsts, newest first, through the database
 * (`like` matches every word, case-insensitive, on every adapter) and the readers' access rules.
 */
export const searchArticles = async (query: string, limit = 30): Promise<ArticleCard[]> => {
  const words = query.trim().replace(/\s+/g, ' ').slice(0, 100)
  if (!words) return []
  return findCards({
    where: {
      or: [
        { title: { like: words } },
        { standfirst: { like: words } },
        { kicker: { like: words } },
      ],
    },
    limit,
  })
}

export type SitemapEntry = { path: string; updatedAt: string }

/** Every published story's slug and last change, for the sitemap (newest first). */
export const listPublishedSlugs = async (limit = 5000): Promise<SitemapEntry[]> => {
  if (buildingWithoutData()) return []
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection: 'articles',
    depth: 0,
    limit,
    select: { slug: true, updatedAt: true },
    sort: NEWEST_FIRST,
  })
  return docs
    .filter((doc) => doc.slug)
    .map((doc) => ({ path: `/articles/${doc.slug}`, updatedAt: doc.updatedAt }))
}
