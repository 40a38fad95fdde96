import { describe, expect, it } from 'vitest'

import { webhookArticle } from './events'

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
