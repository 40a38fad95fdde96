import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { FEED_PATH, SEARCH_PATH, SITE_NAME, regionPath, siteURL, topicPath } from '@/site/paths'

import { getSections } from './data/sections'
import './styles.css'

export const metadata: Metadata = {
  metadataBase: new URL(siteURL()),
  title: { default: `${SITE_NAME} — international news`, template: `%s · ${SITE_NAME}` },
  description: 'International news, analysis and opinion from our correspondents around the world.',
  alternates: {
    types: { 'application/rss+xml': [{ url: FEED_PATH, title: `${SITE_NAME}: latest` }] },
  },
  openGraph: { siteName: SITE_NAME, type: 'website', locale: 'en_GB' },
  twitter: { card: 'summary_large_image' },
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#14213d' }

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const sections = await getSections()
  const desks = sections.regions.filter((region) => region.depth === 1)
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="masthead">
          <div className="masthead__inner">
            <a className="masthead__title" href="/">
              {SITE_NAME}
            </a>
            <form action={SEARCH_PATH} className="masthead__search" method="get" role="search">
              <label className="visually-hidden" htmlFor="site-search">
                Search stories
              </label>
              <input id="site-search" name="q" placeholder="Search stories" type="search" />
              <button type="submit">Search</button>
            </form>
          </div>
          <nav aria-label="Sections" className="sections">
            <ul>
              <li>
                <a href="/">Home</a>
              </li>
              {desks.map((region) =>
                region.slug ? (
                  <li key={region.id}>
                    <a href={regionPath(region.slug)}>{region.name}</a>
                  </li>
                ) : null,
              )}
              {sections.topics.map((topic) =>
                topic.slug ? (
                  <li key={topic.id}>
                    <a href={topicPath(topic.slug)}>{topic.name}</a>
                  </li>
                ) : null,
              )}
            </ul>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>You can read {SITE_NAME} in our apps for Android and iOS, fed by the same newsroom.</p>
          <ul className="site-footer__links">
            <li>
              <a href={FEED_PATH}>RSS feed</a>
            </li>
            <li>
              <a href="/sitemap.xml">Sitemap</a>
            </li>
            <li>
              <a href="/admin">Staff sign-in</a>
            </li>
          </ul>
          <p>© {SITE_NAME}. Powered by Payload.</p>
        </footer>
      </body>
    </html>
  )
}
