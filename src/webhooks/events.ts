/** What the apps can subscribe to. */
export const WEBHOOK_EVENTS = [
  'article.published',
  'article.updated',
  'article.unpublished',
] as const
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]

export const WEBHOOK_EVENT_OPTIONS = [
  { label: 'Article published', value: 'article.published' },
  { label: 'Published article updated', value: 'article.updated' },
  { label: 'Article unpublished or deleted', value: 'article.unpublished' },
] satisfies { label: string; value: WebhookEvent }[]

export type ArticleChange = {
  /** Whether the live article (not its latest draft) was published before the write. */
  wasLive: boolean
  /** Whether this write saved a published version (`_status: 'published'`). */
  publishes: boolean
  /** Whether the live article is published after the write. */
  isLive: boolean
}

/**
 * The event an article write means to an app. A draft or autosave, even of a live article,
 * leaves what readers see unchanged, so it sends nothing.
 */
export const articleEventOf = ({
  wasLive,
  publishes,
  isLive,
}: ArticleChange): WebhookEvent | null => {
  if (publishes) return wasLive ? 'article.updated' : 'article.published'
  if (wasLive && !isLive) return 'article.unpublished'
  return null
}

type ArticleLike = {
  id: string
  slug?: string | null
  title?: string | null
  standfirst?: string | null
  publishedAt?: string | null
  updatedAt?: string | null
}

export type WebhookArticle = {
  id: string
  slug: string | null
  title?: string | null
  standfirst?: string | null
  publishedAt?: string | null
  updatedAt?: string | null
  url?: string
}

/**
 * The article as an app sees it in a webhook: public fields only. An unpublished article is
 * named by id and slug alone, so nothing of a draft ever leaves the newsroom.
 */
export const webhookArticle = (
  event: WebhookEvent,
  article: ArticleLike,
  serverURL: string,
): WebhookArticle => {
  const slug = article.slug ?? null
  if (event === 'article.unpublished') return { id: article.id, slug }
  return {
    id: article.id,
    slug,
    title: article.title ?? null,
    standfirst: article.standfirst ?? null,
    publishedAt: article.publishedAt ?? null,
    updatedAt: article.updatedAt ?? null,
    url: `${serverURL.replace(/\/+$/, '')}/articles/${slug ?? article.id}`,
  }
}
