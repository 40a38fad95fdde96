import { siteURL } from '@/site/paths'
import { renderRss, xmlResponse } from '@/site/rss'

import { getRegionFeed } from '../../../data/feeds'

export const dynamic = 'force-static'
export const revalidate = false
export const generateStaticParams = () => []

export async function GET(_: Request, { params }: { params: Promise<{ slug: string }> }) {
  const feed = await getRegionFeed((await params).slug)
  if (!feed) return new Response('No such region.', { status: 404 })
  return xmlResponse(renderRss(feed, siteURL()), 'application/rss+xml')
}
