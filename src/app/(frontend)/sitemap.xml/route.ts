import { HOME_PATH, regionPath, siteURL, topicPath } from '@/site/paths'
import { renderSitemap, xmlResponse } from '@/site/rss'

import { listPublishedSlugs } from '../data/articles'
import { getSections } from '../data/sections'

export const dynamic = 'force-static'
export const revalidate = false

/** Published stories, regions and topics; drafts are never listed (readers' access rules). */
export async function GET(): Promise<Response> {
  const [stories, sections] = await Promise.all([listPublishedSlugs(), getSections()])
  const urls = [
    { path: HOME_PATH, updatedAt: stories[0]?.updatedAt },
    ...sections.regions
      .filter((region) => region.slug)
      .map((region) => ({ path: regionPath(region.slug!) })),
    ...sections.topics
      .filter((topic) => topic.slug)
      .map((topic) => ({ path: topicPath(topic.slug!) })),
    ...stories,
  ]
  return xmlResponse(renderSitemap(urls, siteURL()), 'application/xml')
}
