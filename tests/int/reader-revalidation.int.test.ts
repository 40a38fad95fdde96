import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { PublicChange } from '@/plugin/publicChange'
import type { Region, Topic } from '@/payload-types'
import { pathsForChange } from '@/site/revalidation'

import { createMedia, createRegion, createTopic, lexicalParagraphs } from '../helpers/fixtures'
import type { Staff } from '../helpers/fixtures'
import { startNewsroom } from '../helpers/newsroom'
import type { TestNewsroom } from '../helpers/newsroom'

/** What the reader site would revalidate, as the app's listener computes it. */
let revalidated: string[][] = []
let changes: PublicChange[] = []
/** Set by the test of a failing listener (a CDN that is down). */
let listenerFails = false

let newsroom: TestNewsroom
let editor: Staff
let journalist: Staff
let world: Region
let middleEast: Region
let yemen: Region
let china: Region
let geopolitics: Topic
let hero: string

beforeAll(async () => {
  newsroom = await startNewsroom({
    onPublicChange: async (change, req) => {
      if (listenerFails) throw new Error('the CDN is down')
      changes.push(change)
      revalidated.push(await pathsForChange(change, req))
    },
  })
  await newsroom.createStaff(['admin'], 'First Admin')
  editor = await newsroom.createStaff(['editor'], 'Desk Editor')
  journalist = await newsroom.createStaff(['journalist'], 'Field Reporter')
  world = await createRegion(newsroom, 'World')
  middleEast = await createRegion(newsroom, 'Middle East', world.id)
  yemen = await createRegion(newsroom, 'Yemen', middleEast.id)
  china = await createRegion(newsroom, 'China', world.id)
  geopolitics = await createTopic(newsroom, 'Geopolitics')
  hero = (await createMedia(newsroom)).id
})

afterAll(async () => {
  await newsroom?.stop()
})

beforeEach(() => {
  revalidated = []
  changes = []
})

const story = (title: string) => ({
  title,
  standfirst: 'A standfirst that tells the reader what happened and why it matters.',
  regions: [yemen.id],
  topics: [geopolitics.id],
  heroImage: hero,
  body: lexicalParagraphs('The first paragraph.'),
  meta: {
    title: title.slice(0, 60),
    description: 'A description for search engines that is long enough to be useful to readers.',
  },
})

const YEMEN_PAGES = [
  '/regions/middle-east',
  '/regions/middle-east/feed.xml',
  '/regions/world',
  '/regions/world/feed.xml',
  '/regions/yemen',
  '/regions/yemen/feed.xml',
  '/topics/geopolitics',
  '/topics/geopolitics/feed.xml',
]

const expected = (slug: string, sections = YEMEN_PAGES) =>
  [`/articles/${slug}`, '/', '/feed.xml', '/sitemap.xml', ...sections].sort()

describe('the reader site is revalidated exactly where a change shows', () => {
  it('publishing a story revalidates its page, its regions up the tree, its topic, their feeds, the home page, the feed and the sitemap — and nothing else', async () => {
    const draft = await newsroom.rest('POST', '/articles?draft=true', {
      token: editor.token,
      body: { ...story('Aden port reopens'), _status: 'draft' },
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    expect(revalidated, 'a draft is not a public change').toEqual([])

    const published = await newsroom.rest('PATCH', `/articles/${draft.body.doc.id}`, {
      token: editor.token,
      body: { _status: 'published' },
    })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    expect(changes.map((change) => change.kind)).toEqual(['published'])
    expect(revalidated).toEqual([expected('aden-port-reopens')])
    expect(revalidated[0]).not.toContain('/regions/china')
  })

  it('autosaves and draft saves of a published story change nothing readers see; publishing the edit does', async () => {
    const { body } = await newsroom.rest('POST', '/articles', {
      token: editor.token,
      body: { ...story('Sanaa talks resume'), _status: 'published' },
    })
    revalidated = []
    changes = []
    for (const query of ['?draft=true&autosave=true', '?draft=true']) {
      const saved = await newsroom.rest('PATCH', `/articles/${body.doc.id}${query}`, {
        token: editor.token,
        body: { standfirst: `A new standfirst, still a draft (${query}), long enough to read.` },
      })
      expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    }
    expect(revalidated).toEqual([])

    await newsroom.rest('PATCH', `/articles/${body.doc.id}`, {
      token: editor.token,
      body: { _status: 'published' },
    })
    expect(changes.map((change) => change.kind)).toEqual(['updated'])
    expect(revalidated).toEqual([expected('sanaa-talks-resume')])
  })

  it('moving a story to another region revalidates the pages it left as well as those it joined', async () => {
    const { body } = await newsroom.rest('POST', '/articles', {
      token: editor.token,
      body: { ...story('Trade route shifts'), _status: 'published' },
    })
    revalidated = []
    await newsroom.rest('PATCH', `/articles/${body.doc.id}`, {
      token: editor.token,
      body: { regions: [china.id], _status: 'published' },
    })
    expect(revalidated[0]).toEqual(
      expected('trade-route-shifts', [
        ...YEMEN_PAGES,
        '/regions/china',
        '/regions/china/feed.xml',
      ]).sort(),
    )
  })

  it('unpublishing and deleting a published story revalidate its pages; a journalist’s draft never does', async () => {
    const { body } = await newsroom.rest('POST', '/articles', {
      token: editor.token,
      body: { ...story('Ceasefire holds in Taiz'), _status: 'published' },
    })
    changes = []
    revalidated = []
    await newsroom.rest('PATCH', `/articles/${body.doc.id}`, {
      token: editor.token,
      body: { _status: 'draft' },
    })
    expect(changes.map((change) => change.kind)).toEqual(['unpublished'])
    expect(revalidated).toEqual([expected('ceasefire-holds-in-taiz')])

    await newsroom.rest('PATCH', `/articles/${body.doc.id}`, {
      token: editor.token,
      body: { _status: 'published' },
    })
    changes = []
    const deleted = await newsroom.rest('DELETE', `/articles/${body.doc.id}`, {
      token: editor.token,
    })
    expect(deleted.status).toBe(200)
    expect(changes.map((change) => change.kind)).toEqual(['deleted'])

    changes = []
    const draft = await newsroom.rest('POST', '/articles?draft=true', {
      token: journalist.token,
      body: { title: 'Notes from Marib', standfirst: 'Work in progress.' },
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    await newsroom.rest('PATCH', `/articles/${draft.body.doc.id}?draft=true&autosave=true`, {
      token: journalist.token,
      body: { standfirst: 'Still a work in progress.' },
    })
    expect(changes).toEqual([])
  })

  it('an approved comment revalidates its story’s page only; a held one revalidates nothing', async () => {
    const { body } = await newsroom.rest('POST', '/articles', {
      token: editor.token,
      body: { ...story('Aid convoy reaches Hodeidah'), _status: 'published' },
    })
    revalidated = []
    const moderator = await newsroom.createStaff(['moderator'], 'Comment Desk')
    const posted = await newsroom.rest('POST', '/comments', {
      body: {
        article: body.doc.id,
        authorName: 'First Reader',
        authorEmail: 'first-reader@example.com',
        body: 'A first comment from a new reader.',
      },
    })
    expect(posted.status, JSON.stringify(posted.body)).toBe(201)
    expect(posted.body.doc.status ?? 'pending').not.toBe('approved')
    expect(revalidated, 'a held comment is not on the page').toEqual([])

    const approved = await newsroom.rest('PATCH', `/comments/${posted.body.doc.id}`, {
      token: moderator.token,
      body: { status: 'approved' },
    })
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    expect(revalidated).toEqual([['/articles/aid-convoy-reaches-hodeidah']])

    revalidated = []
    await newsroom.rest('PATCH', `/comments/${posted.body.doc.id}`, {
      token: moderator.token,
      body: { status: 'rejected' },
    })
    expect(revalidated, 'a withdrawn comment leaves the page').toEqual([
      ['/articles/aid-convoy-reaches-hodeidah'],
    ])
  })

  it('renaming a region revalidates its page and feed, the pages above it, the home page and the sitemap', async () => {
    const renamed = await newsroom.rest('PATCH', `/regions/${yemen.id}`, {
      token: editor.token,
      body: { description: 'Yemen and the Gulf of Aden.' },
    })
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200)
    expect(revalidated).toEqual([
      [
        '/',
        '/regions/middle-east',
        '/regions/world',
        '/regions/yemen',
        '/regions/yemen/feed.xml',
        '/sitemap.xml',
      ],
    ])
  })

  it('a failing listener is logged and never fails the editor’s save', async () => {
    listenerFails = true
    try {
      const saved = await newsroom.rest('PATCH', `/regions/${china.id}`, {
        token: editor.token,
        body: { description: 'Still saved.' },
      })
      expect(saved.status).toBe(200)
      expect(saved.body.doc.description).toBe('Still saved.')
      expect(changes).toEqual([])
    } finally {
      listenerFails = false
    }
  })
})
