import { describe, expect, it } from 'vitest'

import { renderRss, renderSitemap } from './rss'

describe('feeds and sitemaps', () => {
  it('a headline with markup or ampersands cannot break the feed', () => {
    const xml = renderRss(
      {
        title: 'News & views',
        description: 'All <b>the</b> news',
        path: '/feed.xml',
        items: [
          {
            title: 'Tariffs & "threats" </title><script>',
            path: '/articles/tariffs',
            description: "Europe's answer",
            publishedAt: '2026-01-18T09:30:00.000Z',
          },
        ],
      },
      'https://news.example',
    )
    expect(xml).toContain(
      '<title>Tariffs &amp; &quot;threats&quot; &lt;/title&gt;&lt;script&gt;</title>',
    )
    expect(xml).toContain('<link>https://news.example/articles/tariffs</link>')
    expect(xml).toContain('<pubDate>Sun, 18 Jan 2026 09:30:00 GMT</pubDate>')
    expect(xml).toContain('<link>https://news.example/</link>')
    expect(xml).not.toContain('<script>')
  })

  it('the sitemap lists absolute URLs with their last change', () => {
    const xml = renderSitemap(
      [{ path: '/' }, { path: '/articles/a&b', updatedAt: '2026-01-18T09:30:00.000Z' }],
      'https://news.example',
    )
    expect(xml).toContain('<url><loc>https://news.example/</loc></url>')
    expect(xml).toContain(
      '<url><loc>https://news.example/articles/a&amp;b</loc><lastmod>2026-01-18T09:30:00.000Z</lastmod></url>',
    )
  })
})
