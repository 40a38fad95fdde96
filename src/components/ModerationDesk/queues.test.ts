import { describe, expect, it } from 'vitest'

import { hasReportCount, parseQueue, queueQuery, queueSort, queueWhere } from './queues'

describe('moderation queues', () => {
  it('opens the pending queue unless the link names another one', () => {
    expect(parseQueue('reported')).toBe('reported')
    expect(parseQueue(['all'])).toBe('all')
    expect(parseQueue('drafts')).toBe('pending')
    expect(parseQueue(undefined)).toBe('pending')
  })

  it('shows pending comments oldest first', () => {
    expect(queueWhere('pending')).toEqual({ status: { equals: 'pending' } })
    expect(queueSort('pending')).toBe('createdAt')
  })

  it('shows reported comments still up for a decision, most reported first', () => {
    expect(queueWhere('reported')).toEqual({
      and: [{ reportCount: { greater_than: 0 } }, { status: { in: ['pending', 'approved'] } }],
    })
    expect(queueSort('reported')).toBe('-reportCount,createdAt')
  })

  it('shows every comment, newest first', () => {
    expect(queueWhere('all')).toBeUndefined()
    expect(queueSort('all')).toBe('-createdAt')
  })

  it('asks only for the article’s title and slug and the parent’s text', () => {
    expect(queueQuery('pending', 2)).toMatchObject({
      page: 2,
      depth: 1,
      populate: {
        articles: { title: true, slug: true },
        comments: { authorName: true, body: true },
      },
    })
  })

  it('knows whether the server counts reports yet', () => {
    expect(hasReportCount([{ name: 'body' }, { name: 'reportCount' }])).toBe(true)
    expect(hasReportCount([{ name: 'body' }])).toBe(false)
    expect(hasReportCount(undefined)).toBe(false)
  })
})
