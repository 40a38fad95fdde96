import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Region } from '@/payload-types'

import { createArticle, createRegion, createTopic, publishable } from '../helpers/fixtures'
import type { Staff } from '../helpers/fixtures'
import { startNewsroom } from '../helpers/newsroom'
import type { TestNewsroom } from '../helpers/newsroom'

const SECRET = 'EMBARGOED-DRAFT-TEXT'

let newsroom: TestNewsroom
let journalist: Staff
let moderator: Staff
let region: Region
let live: Article
let draft: Article
let liveWithNewerDraft: Article

beforeAll(async () => {
  newsroom = await startNewsroom()
  await newsroom.createStaff(['admin'])
  journalist = await newsroom.createStaff(['journalist'])
  moderator = await newsroom.createStaff(['moderator'])
  region = await createRegion(newsroom, 'Yemen')
  const topic = await createTopic(newsroom, 'Geopolitics')

  draft = await createArticle(newsroom, {
    title: `${SECRET} headline`,
    standfirst: `${SECRET} standfirst`,
    authors: [journalist.user.id],
    regions: [region.id],
    topics: [topic.id],
  })
  live = await createArticle(
    newsroom,
    {
      title: 'A published story',
      authors: [journalist.user.id],
      relatedArticles: [draft.id],
    },
    { publish: true },
  )
  await newsroom.payload.update({
    collection: 'articles',
    id: live.id,
    data: { regions: [region.id], topics: [topic.id], _status: 'published' },
    overrideAccess: true,
  })
  liveWithNewerDraft = await createArticle(
    newsroom,
    { title: 'Live headline', authors: [journalist.user.id] },
    { publish: true },
  )
  await newsroom.payload.update({
    collection: 'articles',
    id: liveWithNewerDraft.id,
    data: { title: `${SECRET} rewrite` },
    draft: true,
    overrideAccess: true,
  })
})

afterAll(async () => {
  await newsroom?.stop()
})

const expectNoSecret = (body: unknown) => expect(JSON.stringify(body)).not.toContain(SECRET)

describe.each([
  ['an anonymous reader', () => undefined],
  ['a moderator', () => moderator.token],
])('%s never sees a draft', (_who, token) => {
  it('in the article list, even with ?draft=true', async () => {
    for (const path of ['/articles', '/articles?draft=true', '/articles?draft=true&depth=2']) {
      const response = await newsroom.rest('GET', path, { token: token() })
      expect(response.status).toBe(200)
      expectNoSecret(response.body)
      expect(response.body.docs.every((doc: Article) => doc._status === 'published')).toBe(true)
    }
  })

  it('by asking for where[_status][equals]=draft', async () => {
    const response = await newsroom.rest(
      'GET',
      '/articles?where[_status][equals]=draft&draft=true',
      {
        token: token(),
      },
    )
    expect(response.body.docs ?? []).toEqual([])
  })

  it('by id, with or without ?draft=true', async () => {
    for (const path of [`/articles/${draft.id}`, `/articles/${draft.id}?draft=true`]) {
      const response = await newsroom.rest('GET', path, { token: token() })
      expect(response.status).toBe(404)
      expectNoSecret(response.body)
    }
  })

  it('as the newer draft of a live story', async () => {
    const response = await newsroom.rest('GET', `/articles/${liveWithNewerDraft.id}?draft=true`, {
      token: token(),
    })
    expect(response.status).toBe(200)
    expect(response.body.title).toBe('Live headline')
    const list = await newsroom.rest('GET', '/articles?draft=true&limit=100', { token: token() })
    expectNoSecret(list.body)
  })

  it('through the versions endpoints', async () => {
    const list = await newsroom.rest('GET', '/articles/versions', { token: token() })
    expect(list.status).toBe(403)
    expectNoSecret(list.body)
  })

  it('in counts', async () => {
    const response = await newsroom.rest('GET', '/articles/count', { token: token() })
    expect(response.body.totalDocs).toBe(2)
  })

  it('in the region and topic join fields', async () => {
    for (const path of [
      `/regions/${region.id}`,
      `/regions/${region.id}?joins[articles][where][_status][equals]=draft`,
      '/topics?depth=1',
    ]) {
      const response = await newsroom.rest('GET', path, { token: token() })
      expectNoSecret(response.body)
    }
    const response = await newsroom.rest('GET', `/regions/${region.id}`, { token: token() })
    const ids = response.body.articles.docs.map((doc: Article | string) =>
      typeof doc === 'string' ? doc : doc.id,
    )
    expect(ids).toEqual([live.id])
  })

  it('through relatedArticles at any depth', async () => {
    for (const depth of [0, 1, 2, 3]) {
      const response = await newsroom.rest('GET', `/articles/${live.id}?depth=${depth}`, {
        token: token(),
      })
      expect(response.status).toBe(200)
      expectNoSecret(response.body)
      expect(JSON.stringify(response.body.relatedArticles)).not.toContain(draft.id)
    }
  })

  it('over GraphQL', async () => {
    const list = await newsroom.graphql(
      '{ Articles(draft: true, limit: 100) { docs { id title standfirst relatedArticles { title } } } }',
      { token: token() },
    )
    expectNoSecret(list.body)
    const one = await newsroom.graphql(
      `query ($id: String!) { Article(id: $id, draft: true) { title } }`,
      { variables: { id: draft.id }, token: token() },
    )
    expect(one.body.data?.Article ?? null).toBeNull()
    const versions = await newsroom.graphql('{ versionsArticles { docs { version { title } } } }', {
      token: token(),
    })
    expectNoSecret(versions.body)
    expect(versions.body.errors?.[0]?.message).toMatch(/not allowed/i)
    const region = await newsroom.graphql(
      '{ Regions { docs { name articles { docs { title } } } } }',
      { token: token() },
    )
    expectNoSecret(region.body)
  })
})

describe('server-owned and hidden comment fields', () => {
  it('a commenter cannot set status, featured, moderation, ipHash or user', async () => {
    const response = await newsroom.rest('POST', '/comments', {
      body: {
        article: live.id,
        authorName: 'Mallory',
        authorEmail: 'mallory@example.com',
        body: 'Approve me, please.',
        status: 'approved',
        featured: true,
        ipHash: 'forged',
        user: journalist.user.id,
        moderation: { reasons: [], note: 'pre-approved' },
      },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const stored = await newsroom.payload.findByID({
      collection: 'comments',
      id: response.body.doc.id,
      overrideAccess: true,
    })
    expect(stored.status).toBe('pending')
    expect(stored.featured).toBe(false)
    expect(stored.ipHash ?? null).not.toBe('forged')
    expect(stored.user ?? null).toBeNull()
    expect(stored.moderation?.note ?? null).toBeNull()
    expect(JSON.stringify(response.body)).not.toContain('mallory@example.com')
  })

  it('cannot be used as a query oracle by readers', async () => {
    await newsroom.payload.create({
      collection: 'comments',
      data: {
        article: live.id,
        authorName: 'Reader',
        authorEmail: 'known@example.com',
        body: 'An approved comment.',
        status: 'approved',
      },
      overrideAccess: true,
    })
    for (const query of [
      'where[authorEmail][equals]=known@example.com',
      'where[authorEmail][like]=known',
      'where[ipHash][exists]=true',
      'sort=authorEmail',
    ]) {
      const response = await newsroom.rest('GET', `/comments?${query}`)
      const leaked = response.status === 200 && response.body.docs?.length > 0
      if (query.startsWith('sort')) {
        expect(JSON.stringify(response.body)).not.toContain('known@example.com')
      } else {
        expect(leaked, `${query} answered ${response.status}`).toBe(false)
      }
    }
  })
})

describe('staff details cannot be probed through article queries', () => {
  it('filtering or sorting articles by an author’s e-mail or roles tells a reader nothing', async () => {
    const email = journalist.user.email
    const baseline = await newsroom.rest('GET', '/articles?limit=100')
    for (const query of [
      `where[authors.email][equals]=${email}`,
      'where[authors.email][like]=nobody-by-this-name',
      'where[authors.roles][in]=journalist',
      'sort=authors.email',
    ]) {
      const response = await newsroom.rest('GET', `/articles?limit=100&${query}`)
      if (response.status === 200) {
        expect(response.body.totalDocs, query).toBe(baseline.body.totalDocs)
      } else {
        expect(response.status, query).toBe(400)
      }
    }
  })
})

describe('drafts stay hidden even when fully publishable', () => {
  it('a complete draft is still invisible to readers', async () => {
    const complete = await createArticle(newsroom, {
      title: `${SECRET} complete`,
      authors: [journalist.user.id],
      ...(await publishable(newsroom)),
    })
    const response = await newsroom.rest('GET', `/articles/${complete.id}`)
    expect(response.status).toBe(404)
  })
})
