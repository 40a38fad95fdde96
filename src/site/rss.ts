export type FeedItem = {
  title: string
  path: string
  description?: string | null
  publishedAt?: string | null
}

export type Feed = { title: string; description: string; path: string; items: FeedItem[] }

const escapeXml = (value: string) =>
  value.replace(/[<>&'"]/g, (char) =>
    char === '<'
      ? '&lt;'
      : char === '>'
        ? '&gt;'
        : char === '&'
          ? '&amp;'
          : char === "'"
            ? '&apos;'
            : '&quot;',
  )

/** An RSS 2.0 document; every value is escaped, so a headline cannot break the XML. */
export const renderRss = (feed: Feed, siteURL: string): string => {
  const link = (path: string) => escapeXml(`${siteURL}${path}`)
  const items = feed.items.map((item) =>
    [
      '    <item>',
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${link(item.path)}</link>`,
      `      <guid isPermaLink="true">${link(item.path)}</guid>`,
      item.description ? `      <description>${escapeXml(item.description)}</description>` : '',
      item.publishedAt
        ? `      <pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>`
        : '',
      '    </item>',
    ]
      .filter(Boolean)
      .join('\n'),
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(feed.title)}</title>`,
    `    <link>${link(feed.path.replace(/\/feed\.xml$/, '') || '/')}</link>`,
    `    <description>${escapeXml(feed.description)}</description>`,
    '    <language>en</language>',
    `    <atom:link href="${link(feed.path)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n')
}

export type SitemapURL = { path: string; updatedAt?: string }

export const renderSitemap = (urls: SitemapURL[], siteURL: string): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map(
      (url) =>
        `  <url><loc>${escapeXml(`${siteURL}${url.path}`)}</loc>${
          url.updatedAt ? `<lastmod>${new Date(url.updatedAt).toISOString()}</lastmod>` : ''
        }</url>`,
    ),
    '</urlset>',
    '',
  ].join('\n')

export const xmlResponse = (body: string, type: string) =>
  new Response(body, { headers: { 'content-type': `${type}; charset=utf-8` } })
