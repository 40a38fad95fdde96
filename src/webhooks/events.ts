import { articlePath } from '@/site/paths'

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
    url: `${serverURL.replace(/\/+$/, '')}${articlePath(slug ?? article.id)}`,
  }
}
