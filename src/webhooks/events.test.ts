import { describe, expect, it } from 'vitest'

import { articleEventOf, webhookArticle } from './events'

describe('articleEventOf', () => {
  it('a first publish, or publishing a draft again, is article.published', () => {
    expect(articleEventOf({ wasLive: false, publishes: true, isLive: true })).toBe(
      'article.published',
    )
  })

  it('publishing changes to a live article is article.updated', () => {
    expect(articleEventOf({ wasLive: true, publishes: true, isLive: true })).toBe('article.updated')
  })

  it('taking a live article down is article.unpublished', () => {
    expect(articleEventOf({ wasLive: true, publishes: false, isLive: false })).toBe(
      'article.unpublished',
    )
  })

  it('drafts and autosaves send nothing, whether or not the article is live', () => {
    expect(articleEventOf({ wasLive: false, publishes: false, isLive: false })).toBeNull()
    expect(articleEventOf({ wasLive: true, publishes: false, isLive: true })).toBeNull()
  })
})

describe('webhookArticle', () => {
  const article = {
    id: 'a1',
    slug: 'yemen-ceasefire',
    title: 'Yemen ceasefire holds',
    standfirst: 'A week on, the guns are quiet.',
    publishedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    body: { secret: 'the body is never sent' },
    kicker: 'Analysis',
  }

  it('gives the public fields and an absolute link on the site', () => {
    expect(webhookArticle('article.published', article, 'https://news.example.com/')).toEqual({
      id: 'a1',
      slug: 'yemen-ceasefire',
      title: 'Yemen ceasefire holds',
      standfirst: 'A week on, the guns are quiet.',
      publishedAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
      url: 'https://news.example.com/articles/yemen-ceasefire',
    })
  })

  it('links relative to the site when no server URL is configured', () => {
    expect(webhookArticle('article.updated', article, '').url).toBe('/articles/yemen-ceasefire')
  })

  it('names an unpublished article by id and slug only', () => {
    expect(webhookArticle('article.unpublished', article, 'https://news.example.com')).toEqual({
      id: 'a1',
      slug: 'yemen-ceasefire',
    })
  })
})
