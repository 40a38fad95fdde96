/** The reader site's URLs, in one place: pages link with them and revalidation expires them. */
export const HOME_PATH = '/'
export const FEED_PATH = '/feed.xml'
export const SITEMAP_PATH = '/sitemap.xml'
export const SEARCH_PATH = '/search'

export const articlePath = (slug: string) => `/articles/${encodeURIComponent(slug)}`
export const regionPath = (slug: string) => `/regions/${encodeURIComponent(slug)}`
export const topicPath = (slug: string) => `/topics/${encodeURIComponent(slug)}`
export const feedPathOf = (sectionPath: string) => `${sectionPath}/feed.xml`

/** The absolute URL readers and search engines use (SERVER_URL), for canonicals, feeds and OG. */
export const siteURL = (): string =>
  (process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '')

/** Payload already gives absolute upload URLs when SERVER_URL is set; paths get the site's origin. */
export const absolute = (path: string) =>
  /^https?:\/\//i.test(path) ? path : `${siteURL()}${path}`

/** Where the comment form posts (a route handler, so it works without JavaScript). */
export const COMMENT_SUBMIT_PATH = '/comments/submit'
/** The page a form post without JavaScript lands on: is the comment live or held? */
export const COMMENT_SENT_PATH = '/comments/sent'

export const SITE_NAME = 'Newsroom'
