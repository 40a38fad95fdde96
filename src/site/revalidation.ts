import type { PayloadRequest } from 'payload'

import type { PublicChange } from '@/plugin/publicChange'

import {
  FEED_PATH,
  HOME_PATH,
  SITEMAP_PATH,
  articlePath,
  feedPathOf,
  regionPath,
  topicPath,
} from './paths'

type Breadcrumb = { url?: string | null }

/**
 * Region pages list the stories of their sub-regions too, so a story filed under Yemen is on
 * the Yemen, Middle East and World pages: the nested-docs breadcrumbs name all three.
 */
const regionPaths = async (ids: string[], req: PayloadRequest): Promise<string[]> => {
  if (!ids.length) return []
  const { docs } = await req.payload.find({
    collection: 'regions',
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    req,
    select: { slug: true, breadcrumbs: true },
    where: { id: { in: ids } },
  })
  return docs.flatMap((region) => [
    ...((region.breadcrumbs ?? []) as Breadcrumb[]).map((crumb) => crumb.url ?? ''),
    region.slug ? regionPath(region.slug) : '',
  ])
}

const topicPaths = async (ids: string[], req: PayloadRequest): Promise<string[]> => {
  if (!ids.length) return []
  const { docs } = await req.payload.find({
    collection: 'topics',
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    req,
    select: { slug: true },
    where: { id: { in: ids } },
  })
  return docs.map((topic) => (topic.slug ? topicPath(topic.slug) : ''))
}

const withFeeds = (sections: string[]) => sections.flatMap((path) => [path, feedPathOf(path)])

/**
 * The pages a change shows on, and nothing else: a story's page, the region and topic pages
 * (and their feeds) it is filed under before and after the change, the home page, the main
 * feed and the sitemap. An approved comment shows on its story's page only.
 */
export const pathsForChange = async (
  change: PublicChange,
  req: PayloadRequest,
): Promise<string[]> => {
  let paths: string[]
  switch (change.collection) {
    case 'articles': {
      const [regions, topics] = await Promise.all([
        regionPaths(change.regionIds, req),
        topicPaths(change.topicIds, req),
      ])
      paths = [
        ...change.slugs.map(articlePath),
        ...withFeeds([...regions, ...topics]),
        HOME_PATH,
        FEED_PATH,
        SITEMAP_PATH,
      ]
      break
    }
    case 'regions':
    case 'topics': {
      const toPath = change.collection === 'regions' ? regionPath : topicPath
      // Region and topic names appear in the home page's sections and every story's labels;
      // a rename is rare enough that the home page is the only list re-rendered with it.
      paths = [...withFeeds(change.slugs.map(toPath)), HOME_PATH, SITEMAP_PATH]
      if (change.collection === 'regions') {
        paths.push(...(await regionPaths([change.id], req).catch(() => [])))
      }
      break
    }
    case 'comments': {
      if (!change.articleIds.length) return []
      const { docs } = await req.payload.find({
        collection: 'articles',
        depth: 0,
        limit: change.articleIds.length,
        overrideAccess: true,
        req,
        select: { slug: true },
        where: { id: { in: change.articleIds } },
      })
      paths = docs.map((article) => (article.slug ? articlePath(article.slug) : ''))
      break
    }
  }
  return [...new Set(paths.filter(Boolean))].sort()
}
