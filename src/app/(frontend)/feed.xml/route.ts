import { siteURL } from '@/site/paths'
import { renderRss, xmlResponse } from '@/site/rss'

import { getMainFeed } from '../data/feeds'

export const dynamic = 'force-static'
export const revalidate = false

export async function GET(): Promise<Response> {
  return xmlResponse(renderRss(await getMainFeed(), siteURL()), 'application/rss+xml')
}
