import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  createArticle,
  createMedia,
  createRegion,
  lexicalParagraphs,
  publishable,
} from '../helpers/fixtures'
import type { Staff } from '../helpers/fixtures'
import { startNewsroom } from '../helpers/newsroom'
import type { TestNewsroom } from '../helpers/newsroom'

let newsroom: TestNewsroom
let journalist: Staff
let otherJournalist: Staff
let editor: Staff

beforeAll(async () => {
  // Due jobs (scheduled publishing) run every second here instead of every minute.
  newsroom = await startNewsroom({
    configure: (config) => ({
      ...config,
      jobs: { ...config.jobs, autoRun: [{ cron: '* * * * * *', queue: 'default' }] },
    }),
  })
  await newsroom.createStaff(['admin'], 'First Admin')
  journalist = await newsroom.createStaff(['journalist'], 'Julie Stafford')
  otherJournalist = await newsroom.createStaff(['journalist'], 'Ana Evans')
  editor = await newsroom.createStaff(['editor'], 'Desk Editor')
})

afterAll(async () => {
  await newsroom?.stop()
})

const fetchArticle = (id: string) =>
  newsroom.payload.findByID({ collection: 'articles', id, overrideAccess: true, draft: false })

describe('writing a story', () => {
  it('a journalist’s new draft is bylined to them, slugged from the headline and timed', async () => {
    const response = await newsroom.rest('POST', '/articles?draft=true', {
      token: journalist.token,
      body: {
        title: 'Kazakhstan’s rare earths draw Washington’s attention',
        body: lexicalParagraphs('word '.repeat(450)),
      },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const doc = response.body.doc
    expect(doc.slug).toBe('kazakhstans-rare-earths-draw-washingtons-attention')
    expect(doc._status).toBe('draft')
    expect(doc.readingTime).toBe(2)
    expect(doc.publishedAt ?? null).toBeNull()
    const authorIds = doc.authors.map((a: { id: string } | string) =>
      typeof a === 'string' ? a : a.id,
    )
    expect(authorIds).toEqual([journalist.user.id])
  })

  it('two stories with the same headline get distinct slugs', async () => {
    const first = await createArticle(newsroom, {
      title: 'Tariffs on eight NATO allies',
      authors: [journalist.user.id],
    })
    const second = await createArticle(newsroom, {
      title: 'Tariffs on eight NATO allies',
      authors: [journalist.user.id],
    })
    expect(first.slug).toBe('tariffs-on-eight-nato-allies')
    expect(second.slug).toBe('tariffs-on-eight-nato-allies-2')
  })

  it('a journalist cannot hand its article to someone else', async () => {
    const article = await createArticle(newsroom, { authors: [journalist.user.id] })
    const response = await newsroom.rest('PATCH', `/articles/${article.id}?draft=true`, {
      token: journalist.token,
      body: { authors: [otherJournalist.user.id] },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/remain one of the authors/)
  })

  it('a journalist moves a story into review but cannot mark it ready', async () => {
    const article = await createArticle(newsroom, { authors: [journalist.user.id] })
    const review = await newsroom.rest('PATCH', `/articles/${article.id}?draft=true`, {
      token: journalist.token,
      body: { editorialStatus: 'in_review' },
    })
    expect(review.status, JSON.stringify(review.body)).toBe(200)
    const ready = await newsroom.rest('PATCH', `/articles/${article.id}?draft=true`, {
      token: journalist.token,
      body: { editorialStatus: 'ready' },
    })
    expect(ready.status).toBe(400)
    expect(JSON.stringify(ready.body)).toMatch(/Only editors/)
  })

  it('links with javascript: and other unsafe schemes are refused with a message', async () => {
    const link = (url: string) => ({
      root: {
        type: 'root',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        children: [
          {
            type: 'paragraph',
            direction: 'ltr',
            format: '',
            indent: 0,
            version: 1,
            textFormat: 0,
            children: [
              {
                type: 'link',
                direction: 'ltr',
                format: '',
                indent: 0,
                version: 3,
                fields: { linkType: 'custom', newTab: false, url },
                children: [
                  {
                    type: 'text',
                    text: 'click',
                    detail: 0,
                    format: 0,
                    mode: 'normal',
                    style: '',
                    version: 1,
                  },
                ],
              },
            ],
          },
        ],
      },
    })
    const bad = await newsroom.rest('POST', '/articles', {
      token: editor.token,
      body: { title: 'Unsafe link', body: link('javascript:alert(document.cookie)') },
    })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toMatch(/other schemes such as javascript: are not allowed/)

    const good = await newsroom.rest('POST', '/articles', {
      token: editor.token,
      body: { title: 'Safe link', body: link('https://www.example.com/report') },
    })
    expect(good.status, JSON.stringify(good.body)).toBe(201)
  })
})

describe('publishing', () => {
  it('refuses to publish an incomplete story and names everything missing', async () => {
    const article = await createArticle(newsroom, { authors: [journalist.user.id] })
    const response = await newsroom.rest('PATCH', `/articles/${article.id}`, {
      token: editor.token,
      body: { _status: 'published' },
    })
    expect(response.status).toBe(400)
    const text = JSON.stringify(response.body)
    for (const expected of [
      'standfirst is required',
      'region is required',
      'hero image is required',
      'SEO title is required',
      'SEO description is required',
    ]) {
      expect(text).toContain(expected)
    }
    expect((await fetchArticle(article.id))._status).toBe('draft')
  })

  it('refuses a hero image without alt text and an overlong SEO title', async () => {
    const article = await createArticle(newsroom, { authors: [journalist.user.id] })
    const hero = await createMedia(newsroom)
    // Alt text is required on upload; a blanked one (e.g. by a migration) still fails the gate.
    await newsroom.payload.db.updateOne({ collection: 'media', id: hero.id, data: { alt: ' ' } })
    const response = await newsroom.rest('PATCH', `/articles/${article.id}`, {
      token: editor.token,
      body: {
        ...(await publishable(newsroom)),
        heroImage: hero.id,
        meta: { title: 'x'.repeat(71), description: 'd'.repeat(80) },
        _status: 'published',
      },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/needs alt text/)
    expect(JSON.stringify(response.body)).toMatch(/SEO title is 71 characters/)
  })

  it('an editor publishes a complete story; publishedAt is stamped once and the slug stays put', async () => {
    const article = await createArticle(newsroom, {
      title: 'Greenland and NATO',
      authors: [journalist.user.id],
    })
    const published = await newsroom.rest('PATCH', `/articles/${article.id}`, {
      token: editor.token,
      body: { ...(await publishable(newsroom)), _status: 'published' },
    })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    const first = await fetchArticle(article.id)
    expect(first._status).toBe('published')
    expect(first.publishedAt).toBeTruthy()

    await newsroom.rest('PATCH', `/articles/${article.id}`, {
      token: editor.token,
      body: {
        title: 'Greenland, NATO and the Arctic',
        slug: 'something-else',
        _status: 'published',
      },
    })
    const second = await fetchArticle(article.id)
    expect(second.title).toBe('Greenland, NATO and the Arctic')
    expect(second.slug).toBe('greenland-and-nato')
    expect(second.publishedAt).toBe(first.publishedAt)
  })

  it('clients cannot set publishedAt, readingTime or commentCount', async () => {
    const response = await newsroom.rest('POST', '/articles?draft=true', {
      token: editor.token,
      body: {
        title: 'Server-owned fields',
        publishedAt: '2001-01-01T00:00:00.000Z',
        commentCount: 999,
        readingTime: 77,
      },
    })
    expect(response.status).toBe(201)
    const doc = await newsroom.payload.findByID({
      collection: 'articles',
      id: response.body.doc.id,
      overrideAccess: true,
      draft: true,
    })
    expect(doc.publishedAt ?? null).toBeNull()
    expect(doc.commentCount).toBe(0)
    expect(doc.readingTime).toBe(0)
  })
})

describe('journalists never publish', () => {
  let ownDraft: string

  beforeAll(async () => {
    ownDraft = (
      await createArticle(newsroom, {
        authors: [journalist.user.id],
        ...(await publishable(newsroom)),
      })
    ).id
  })

  const stillDraft = async () => expect((await fetchArticle(ownDraft))._status).toBe('draft')

  it('not by creating a published article over REST', async () => {
    const response = await newsroom.rest('POST', '/articles', {
      token: journalist.token,
      body: { title: 'Straight to print', ...(await publishable(newsroom)), _status: 'published' },
    })
    expect(response.status).toBe(403)
  })

  it('not by publishing its own draft over REST', async () => {
    const response = await newsroom.rest('PATCH', `/articles/${ownDraft}`, {
      token: journalist.token,
      body: { _status: 'published' },
    })
    expect(response.status).toBe(403)
    await stillDraft()
  })

  it('not through a bulk update', async () => {
    const response = await newsroom.rest('PATCH', `/articles?where[id][equals]=${ownDraft}`, {
      token: journalist.token,
      body: { _status: 'published' },
    })
    expect([200, 403]).toContain(response.status)
    await stillDraft()
  })

  it('not over GraphQL', async () => {
    const response = await newsroom.graphql(
      `mutation ($id: String!) { updateArticle(id: $id, data: { _status: published }) { _status } }`,
      { variables: { id: ownDraft }, token: journalist.token },
    )
    expect(response.body.errors?.[0]?.message).toMatch(/not allowed/i)
    await stillDraft()
  })

  it('not through the Local API on its own behalf', async () => {
    await expect(
      newsroom.payload.update({
        collection: 'articles',
        id: ownDraft,
        data: { _status: 'published' },
        overrideAccess: false,
        user: journalist.user,
      }),
    ).rejects.toThrow(/not allowed/i)
    await stillDraft()
  })

  it('not by restoring a published version', async () => {
    const article = await createArticle(
      newsroom,
      { authors: [journalist.user.id] },
      { publish: true },
    )
    await newsroom.payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    const { docs } = await newsroom.payload.findVersions({
      collection: 'articles',
      where: {
        and: [{ parent: { equals: article.id } }, { 'version._status': { equals: 'published' } }],
      },
      overrideAccess: true,
    })
    expect(docs.length).toBeGreaterThan(0)
    const response = await newsroom.rest('POST', `/articles/versions/${docs[0].id}`, {
      token: journalist.token,
    })
    expect(response.status).toBe(403)
    expect((await fetchArticle(article.id))._status).toBe('draft')
  })

  it('nor unpublish a live story', async () => {
    const article = await createArticle(
      newsroom,
      { authors: [journalist.user.id] },
      { publish: true },
    )
    const response = await newsroom.rest('PATCH', `/articles/${article.id}`, {
      token: journalist.token,
      body: { _status: 'draft' },
    })
    expect(response.status).toBe(403)
    expect((await fetchArticle(article.id))._status).toBe('published')
  })
})

describe('a journalist’s reach ends at its own drafts', () => {
  it('cannot edit another journalist’s draft by id, bulk where or version restore', async () => {
    const theirs = await createArticle(newsroom, {
      title: 'Their draft',
      authors: [otherJournalist.user.id],
    })
    const byId = await newsroom.rest('PATCH', `/articles/${theirs.id}?draft=true`, {
      token: journalist.token,
      body: { title: 'Hijacked' },
    })
    expect([403, 404]).toContain(byId.status)

    const bulk = await newsroom.rest(
      'PATCH',
      `/articles?draft=true&where[id][equals]=${theirs.id}`,
      {
        token: journalist.token,
        body: { title: 'Hijacked in bulk' },
      },
    )
    expect(bulk.body.docs ?? []).toHaveLength(0)

    const bulkAuthors = await newsroom.rest(
      'PATCH',
      `/articles?draft=true&where[title][like]=Their`,
      {
        token: journalist.token,
        body: { authors: [journalist.user.id] },
      },
    )
    expect(bulkAuthors.body.docs ?? []).toHaveLength(0)

    await newsroom.payload.update({
      collection: 'articles',
      id: theirs.id,
      data: { title: 'Their draft, second take' },
      draft: true,
      overrideAccess: true,
    })
    const { docs } = await newsroom.payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: theirs.id } },
      overrideAccess: true,
    })
    const restore = await newsroom.rest(
      'POST',
      `/articles/versions/${docs.at(-1)?.id}?draft=true`,
      {
        token: journalist.token,
      },
    )
    expect([403, 404]).toContain(restore.status)

    const after = await newsroom.payload.findByID({
      collection: 'articles',
      id: theirs.id,
      draft: true,
      overrideAccess: true,
    })
    expect(after.title).toBe('Their draft, second take')
    expect((after.authors ?? []).map((a) => (typeof a === 'string' ? a : a.id))).toEqual([
      otherJournalist.user.id,
    ])
  })

  it('cannot delete another journalist’s draft', async () => {
    const theirs = await createArticle(newsroom, { authors: [otherJournalist.user.id] })
    const response = await newsroom.rest('DELETE', `/articles/${theirs.id}`, {
      token: journalist.token,
    })
    expect([403, 404]).toContain(response.status)
    const { totalDocs } = await newsroom.payload.count({
      collection: 'articles',
      where: { id: { equals: theirs.id } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(1)
  })
})

describe('scheduled publishing', () => {
  it('a story scheduled by an editor goes live when its time comes', async () => {
    const article = await createArticle(newsroom, {
      authors: [journalist.user.id],
      ...(await publishable(newsroom)),
    })
    await newsroom.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: article.id },
        user: { relationTo: 'users', value: editor.user.id },
      },
      waitUntil: new Date(Date.now() + 1500),
      queue: 'default',
    })
    expect((await fetchArticle(article.id))._status).toBe('draft')
    const deadline = Date.now() + 20_000
    let status = 'draft'
    while (status !== 'published' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      status = (await fetchArticle(article.id))._status as string
    }
    expect(status).toBe('published')
  })
})

describe('bylines', () => {
  it('readers see authors’ name, bio and avatar only', async () => {
    const avatar = await createMedia(newsroom, 'Portrait of Julie Stafford')
    await newsroom.payload.update({
      collection: 'users',
      id: journalist.user.id,
      data: { bio: 'Central Asia correspondent.', avatar: avatar.id },
      overrideAccess: true,
    })
    const article = await createArticle(
      newsroom,
      { authors: [journalist.user.id] },
      { publish: true },
    )
    const response = await newsroom.rest('GET', `/articles/${article.id}`)
    expect(response.status).toBe(200)
    expect(response.body.bylines).toEqual([
      {
        id: journalist.user.id,
        name: 'Julie Stafford',
        bio: 'Central Asia correspondent.',
        avatar: avatar.id,
      },
    ])
    expect(JSON.stringify(response.body)).not.toContain('@newsroom.test')

    const gql = await newsroom.graphql(
      `query ($id: String!) { Article(id: $id) { bylines { name bio avatar { alt } } } }`,
      { variables: { id: article.id } },
    )
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data?.Article.bylines).toEqual([
      {
        name: 'Julie Stafford',
        bio: 'Central Asia correspondent.',
        avatar: { alt: 'Portrait of Julie Stafford' },
      },
    ])
  })
})

describe('bylines without an N+1', () => {
  it('a list of 12 articles by 6 authors loads the authors in one query', async () => {
    const authors = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        newsroom.createStaff(['journalist'], `Writer ${index}`),
      ),
    )
    const region = await createRegion(newsroom, 'Batch region')
    for (let index = 0; index < 12; index++) {
      const article = await createArticle(
        newsroom,
        { authors: [authors[index % 6].user.id], title: `Batch story ${index}` },
        { publish: true },
      )
      await newsroom.payload.update({
        collection: 'articles',
        id: article.id,
        data: { regions: [region.id] },
        overrideAccess: true,
      })
    }
    const db = newsroom.payload.db
    const originalFind = db.find.bind(db)
    const usersQueries: unknown[] = []
    db.find = (args) => {
      if (args.collection === 'users') usersQueries.push(args.where)
      return originalFind(args)
    }
    try {
      const response = await newsroom.rest(
        'GET',
        `/articles?where[regions][in]=${region.id}&limit=12&depth=0`,
      )
      expect(response.body.docs).toHaveLength(12)
      expect(
        response.body.docs.every((doc: { bylines: unknown[] }) => doc.bylines.length === 1),
      ).toBe(true)
    } finally {
      db.find = originalFind
    }
    expect(usersQueries).toHaveLength(1)
  })
})

describe('regions', () => {
  it('nest with breadcrumbs', async () => {
    const world = await createRegion(newsroom, 'World')
    const middleEast = await createRegion(newsroom, 'Middle East', world.id)
    const yemen = await createRegion(newsroom, 'Yemen', middleEast.id)
    const labels = (yemen.breadcrumbs ?? []).map((crumb) => crumb.label)
    expect(labels).toEqual(['World', 'Middle East', 'Yemen'])
    expect(yemen.slug).toBe('yemen')
  })
})
