import type { MetadataRoute } from 'next'

import { SITEMAP_PATH, absolute } from '@/site/paths'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/next/', '/comments/'] },
    sitemap: absolute(SITEMAP_PATH),
  }
}
