import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FRONT_PAGE, REVIEW_STORY, SCHEDULED_STORY } from '@/demo/content'
import { DEMO_ADMIN, ensureDemoAdmin } from '@/demo/ensureDemoAdmin'
import { SCHEDULE_AHEAD_MS, SEEDED_COLLECTIONS, seedDemoNewsroom } from '@/demo/seed'
import type { SeedSummary, SeededCollection } from '@/demo/seed'
import { ROLES } from '@/plugin/types'
import type { Article } from '@/payload-types'
import { countWords, lexicalText } from '@/utilities/readingTime'
import { slugify } from '@/utilities/slugify'

import { startNewsroom } from '../helpers/newsroom'
import type { TestNewsroom } from '../helpers/newsroom'

let newsroom: TestNewsroom
let firstRun: SeedSummary
const firstRunLog: string[] = []

const COLLECTION_SLUGS = {
  users: 'users',
  media: 'media',
  regions: 'regions',
  topics: 'topics',
  articles: 'articles',
  comments: 'comments',
  jobs: 'payload-jobs',
} as const satisfies Record<SeededCollection, string>

const totals = async (): Promise<Record<SeededCollection, number>> => {
  const entries = await Promise.all(
    SEEDED_COLLECTIONS.map(async (collection) => {
      const { totalDocs } = await newsroom.payload.count({
        collection: COLLECTION_SLUGS[collection],
        overrideAccess: true,
      })
      return [collection, totalDocs] as const
    }),
  )
  return Object.fromEntries(entries) as Record<SeededCollection, number>
}

const articleBySlug = async (title: string): Promise<Article> => {
  const { docs } = await newsroom.payload.find({
    collection: 'articles',
    depth: 0,
    draft: true,
    overrideAccess: true,
    where: { slug: { equals: slugify(title) } },
  })
  expect(docs, `article “${title}”`).toHaveLength(1)
  return docs[0]
}

/** The schedule-publish job waiting for this article, as the admin's scheduler queues it. */
const publishJobFor = async (articleId: string) => {
  const { docs } = await newsroom.payload.find({
    collection: 'payload-jobs',
    depth: 0,
    overrideAccess: true,
    where: { taskSlug: { equals: 'schedulePublish' } },
  })
  return docs.find(
    (job) => String((job.input as { doc?: { value?: unknown } }).doc?.value) === articleId,
  )
}

const paragraphCount = (article: Article): number =>
  (article.body?.root.children ?? []).filter((node) => node.type === 'paragraph').length

beforeAll(async () => {
  newsroom = await startNewsroom()
  // What `npm run dev` does first on an empty database (the seed reuses this account).
  await newsroom.payload.create({
    collection: 'users',
    data: { ...DEMO_ADMIN, roles: ['admin'] },
    overrideAccess: true,
  })
  firstRun = await seedDemoNewsroom(newsroom.payload, { log: (line) => firstRunLog.push(line) })
})

afterAll(async () => {
  await newsroom?.stop()
})

describe('the demo newsroom seed', () => {
  it('loads every front-page story, plus a scheduled and an in-review draft', async () => {
    expect(firstRun.counts.articles).toEqual({ created: FRONT_PAGE.length + 2, skipped: 0 })
    const { totalDocs } = await newsroom.payload.count({
      collection: 'articles',
      overrideAccess: true,
    })
    expect(totalDocs).toBeGreaterThanOrEqual(13)
    for (const story of FRONT_PAGE) {
      const article = await articleBySlug(story.title)
      expect(article._status, story.title).toBe('published')
      expect(article.publishedAt, story.title).toBeTruthy()
      expect(article.kicker).toBe(story.kicker)
      expect(article.standfirst).toBe(story.standfirst)
      expect(article.heroImage, story.title).toBeTruthy()
      expect(article.regions?.length, story.title).toBeGreaterThan(0)
      expect(article.topics?.length, story.title).toBeGreaterThan(0)
      expect(article.authors?.length, story.title).toBeGreaterThan(0)
      expect(article.meta?.title?.length).toBeLessThanOrEqual(70)
    }
    expect(firstRunLog).toContain(`✓ article ${FRONT_PAGE[0].title}`)
  })

  it('the Yemen and Kazakhstan stories are published in full, several paragraphs each', async () => {
    const yemen = await articleBySlug(
      'Saudi-backed Yemeni government accuses UAE of running secret prison',
    )
    const kazakhstan = await articleBySlug(
      'Kazakhstan’s critical minerals draw Washington’s attention',
    )
    for (const article of [yemen, kazakhstan]) {
      expect(article._status).toBe('published')
      expect(paragraphCount(article), article.title).toBeGreaterThanOrEqual(5)
      expect(countWords(lexicalText(article.body)), article.title).toBeGreaterThan(200)
      expect(article.readingTime, article.title).toBeGreaterThanOrEqual(1)
    }
    expect(JSON.stringify(yemen.body)).toContain('Mukalla')
    expect(JSON.stringify(kazakhstan.body)).toContain('Zhana Kazakhstan')
    expect(kazakhstan.featured).toBe(true)
  })

  it('one story is breaking and related stories never point at themselves', async () => {
    const { docs } = await newsroom.payload.find({
      collection: 'articles',
      depth: 0,
      limit: 100,
      overrideAccess: true,
    })
    expect(docs.filter((article) => article.breaking)).toHaveLength(1)
    const withRelated = docs.filter((article) => article.relatedArticles?.length)
    expect(withRelated.length).toBeGreaterThanOrEqual(3)
    for (const article of withRelated) expect(article.relatedArticles).not.toContain(article.id)
  })

  it('regions form a tree with breadcrumbs and ISO codes on the countries', async () => {
    const { docs } = await newsroom.payload.find({
      collection: 'regions',
      depth: 0,
      limit: 100,
      overrideAccess: true,
    })
    const bySlug = new Map(docs.map((region) => [region.slug, region]))
    const labels = (slug: string) => bySlug.get(slug)?.breadcrumbs?.map((crumb) => crumb.label)
    expect(labels('yemen')).toEqual(['World', 'Middle East', 'Yemen'])
    expect(labels('kazakhstan')).toEqual(['World', 'Central Asia', 'Kazakhstan'])
    expect(labels('united-kingdom')).toEqual(['World', 'Europe', 'United Kingdom'])
    expect(labels('greenland')).toEqual(['World', 'Arctic', 'Greenland'])
    expect(labels('china')).toEqual(['World', 'East Asia', 'China'])
    expect(bySlug.get('yemen')?.code).toBe('YE')
    expect(bySlug.get('united-kingdom')?.code).toBe('GB')
    expect(bySlug.get('greenland')?.code).toBe('GL')
  })

  it('every role has an account that signs in with the printed password', async () => {
    const roles = new Set(firstRun.accounts.map((account) => account.role))
    expect([...roles].sort()).toEqual([...ROLES].sort())
    for (const account of firstRun.accounts) {
      const token = await newsroom.login(account.email, account.password)
      const me = await newsroom.rest('GET', '/users/me', { token })
      expect(me.body.user?.roles, account.email).toEqual([account.role])
    }
    // The admin from the first start is reused, not duplicated.
    expect(firstRun.counts.users).toEqual({ created: firstRun.accounts.length - 1, skipped: 1 })
  })

  it('reader comments exist in every moderation state, including a reply', async () => {
    const { docs } = await newsroom.payload.find({
      collection: 'comments',
      depth: 0,
      limit: 100,
      overrideAccess: true,
    })
    const statuses = new Set(docs.map((comment) => comment.status))
    for (const status of ['approved', 'pending', 'rejected', 'spam']) {
      expect(statuses, status).toContain(status)
    }
    const reply = docs.find((comment) => comment.parent)
    expect(reply).toBeDefined()
    expect(docs.map((comment) => comment.id)).toContain(reply?.parent)
  })

  it('the scheduled explainer is a draft with a publish job queued about two hours ahead', async () => {
    const scheduled = await articleBySlug(SCHEDULED_STORY.title)
    expect(scheduled._status).toBe('draft')
    expect(scheduled.publishedAt ?? null).toBeNull()
    const job = await publishJobFor(scheduled.id)
    expect(job, 'schedulePublish job').toBeDefined()
    expect(job?.queue).toBe('default')
    expect(job?.completedAt ?? null).toBeNull()
    const editor = firstRun.accounts.find((account) => account.role === 'editor')
    const { docs: editors } = await newsroom.payload.find({
      collection: 'users',
      overrideAccess: true,
      where: { email: { equals: editor?.email } },
    })
    expect(job?.input).toMatchObject({
      type: 'publish',
      doc: { relationTo: 'articles', value: scheduled.id },
      user: { relationTo: 'users', value: editors[0].id },
    })
    const ahead = new Date(job?.waitUntil ?? 0).getTime() - Date.now()
    expect(ahead).toBeGreaterThan(SCHEDULE_AHEAD_MS - 10 * 60_000)
    expect(ahead).toBeLessThanOrEqual(SCHEDULE_AHEAD_MS)
  })

  it('a journalist’s draft waits in review', async () => {
    const draft = await articleBySlug(REVIEW_STORY.title)
    expect(draft._status).toBe('draft')
    expect(draft.editorialStatus).toBe('in_review')
  })

  it('an anonymous reader sees only the published stories', async () => {
    const response = await newsroom.rest('GET', '/articles?limit=100')
    expect(response.status).toBe(200)
    const docs = response.body.docs as Article[]
    expect(docs).toHaveLength(FRONT_PAGE.length)
    expect(docs.every((article) => article._status === 'published')).toBe(true)
    const slugs = docs.map((article) => article.slug)
    expect(slugs).not.toContain(slugify(SCHEDULED_STORY.title))
    expect(slugs).not.toContain(slugify(REVIEW_STORY.title))
  })

  it('running the seed again creates nothing', async () => {
    const before = await totals()
    const log: string[] = []
    const secondRun = await seedDemoNewsroom(newsroom.payload, { log: (line) => log.push(line) })
    for (const collection of SEEDED_COLLECTIONS) {
      expect(secondRun.counts[collection].created, collection).toBe(0)
      expect(secondRun.counts[collection].skipped, collection).toBeGreaterThan(0)
    }
    expect(log.some((line) => line.startsWith('✓'))).toBe(false)
    expect(await totals()).toEqual(before)

    // Nor does a development start on the seeded database.
    await ensureDemoAdmin(newsroom.payload)
    expect(await totals()).toEqual(before)
  })

  // Last: it publishes the scheduled story, which the checks above expect to be a draft.
  it('when its time comes, the scheduled explainer passes the publish gate and goes live', async () => {
    const scheduled = await articleBySlug(SCHEDULED_STORY.title)
    const job = await publishJobFor(scheduled.id)
    expect(job).toBeDefined()
    await newsroom.payload.jobs.runByID({ id: job!.id })
    const published = await newsroom.payload.findByID({
      collection: 'articles',
      id: scheduled.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(published._status).toBe('published')
    expect(published.publishedAt).toBeTruthy()
    // A finished job is deleted; one that failed would stay behind with its error.
    const left = await newsroom.payload.find({
      collection: 'payload-jobs',
      depth: 0,
      overrideAccess: true,
      where: { id: { equals: job!.id } },
    })
    expect(left.totalDocs, JSON.stringify(left.docs[0]?.error)).toBe(0)
  })
})
