import type { Payload } from 'payload'

import { isProduction } from '@/config/env'
import type { User } from '@/payload-types'
import { slugify } from '@/utilities/slugify'

import {
  BRANCH_COLOURS,
  DEMO_COMMENTS,
  DEMO_TOPICS,
  FRONT_PAGE,
  REGION_TREE,
  REVIEW_STORY,
  SCHEDULED_STORY,
} from './content'
import type { DemoRegion, DemoStory } from './content'
import { placeholderImage } from './images'
import { lexicalParagraphs } from './lexical'
import { DEMO_STAFF } from './staff'
import type { DemoAccount, DemoStaffKey } from './staff'

export const SEEDED_COLLECTIONS = [
  'users',
  'media',
  'regions',
  'topics',
  'articles',
  'comments',
  'jobs',
] as const
export type SeededCollection = (typeof SEEDED_COLLECTIONS)[number]

export type SeedCount = { created: number; skipped: number }

export type SeedSummary = {
  counts: Record<SeededCollection, SeedCount>
  /** The demo logins, printed after seeding (existing accounts keep whatever password they have). */
  accounts: readonly DemoAccount[]
}

/** How far ahead the scheduled explainer goes live. */
export const SCHEDULE_AHEAD_MS = 2 * 60 * 60 * 1000

type Seeder = {
  payload: Payload
  log: (line: string) => void
  counts: Record<SeededCollection, SeedCount>
}

const created = (seeder: Seeder, collection: SeededCollection, line: string) => {
  seeder.counts[collection].created++
  seeder.log(`✓ ${line}`)
}

const skipped = (seeder: Seeder, collection: SeededCollection, line: string) => {
  seeder.counts[collection].skipped++
  seeder.log(`· skipped existing ${line}`)
}

/** The id of the document with this slug, if the seed (or anyone) made it already. */
const existingId = async (
  { payload }: Seeder,
  collection: 'articles' | 'regions' | 'topics',
  slug: string,
): Promise<string | undefined> => {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    select: { slug: true },
    where: { slug: { equals: slug } },
  })
  return docs[0]?.id
}

/** A seeded document acting on someone's behalf needs the auth collection on the user. */
type StaffUser = User & { collection: 'users' }

const seedStaff = async (seeder: Seeder): Promise<Map<DemoStaffKey, StaffUser>> => {
  const { payload } = seeder
  const staff = new Map<DemoStaffKey, StaffUser>()
  // The admin comes first: on an empty database the first account is made an admin anyway.
  for (const account of DEMO_STAFF) {
    const { docs } = await payload.find({
      collection: 'users',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      where: { email: { equals: account.email } },
    })
    let user = docs[0]
    if (user) {
      skipped(seeder, 'users', `user ${account.email}`)
    } else {
      user = await payload.create({
        collection: 'users',
        data: {
          bio: account.bio,
          email: account.email,
          name: account.name,
          password: account.password,
          roles: [account.role],
        },
        depth: 0,
        overrideAccess: true,
      })
      created(seeder, 'users', `user ${account.email} (${account.role})`)
    }
    staff.set(account.key, { ...user, collection: 'users' })
  }
  return staff
}

type SeededRegion = { id: string; branch: string }

const seedRegions = async (seeder: Seeder): Promise<Map<string, SeededRegion>> => {
  const { payload } = seeder
  const regions = new Map<string, SeededRegion>()

  const seedRegion = async (
    region: DemoRegion,
    parent: { id: string; path: string[]; branch: string } | null,
  ) => {
    const slug = slugify(region.name)
    const path = [...(parent?.path ?? []), region.name]
    // The branch under World (Middle East, Europe…) colours the placeholder images.
    const branch = parent && parent.path.length === 1 ? slug : (parent?.branch ?? slug)
    let id = await existingId(seeder, 'regions', slug)
    if (id) {
      skipped(seeder, 'regions', `region ${path.join(' › ')}`)
    } else {
      // Breadcrumbs are computed from `parent` by the nested-docs plugin.
      const doc = await payload.create({
        collection: 'regions',
        data: {
          name: region.name,
          slug,
          code: region.code,
          description: region.description,
          parent: parent?.id,
        },
        depth: 0,
        overrideAccess: true,
      })
      id = doc.id
      created(seeder, 'regions', `region ${path.join(' › ')}`)
    }
    regions.set(slug, { id, branch })
    for (const child of region.children ?? []) await seedRegion(child, { id, path, branch })
  }

  await seedRegion(REGION_TREE, null)
  return regions
}

const seedTopics = async (seeder: Seeder): Promise<Map<string, string>> => {
  const { payload } = seeder
  const topics = new Map<string, string>()
  for (const topic of DEMO_TOPICS) {
    const slug = slugify(topic.name)
    let id = await existingId(seeder, 'topics', slug)
    if (id) {
      skipped(seeder, 'topics', `topic ${topic.name}`)
    } else {
      const doc = await payload.create({
        collection: 'topics',
        data: { name: topic.name, slug, description: topic.description },
        depth: 0,
        overrideAccess: true,
      })
      id = doc.id
      created(seeder, 'topics', `topic ${topic.name}`)
    }
    topics.set(slug, id)
  }
  return topics
}

const lookUp = <T>(map: Map<string, T>, key: string, what: string, story: DemoStory): T => {
  const value = map.get(key)
  if (value === undefined) {
    throw new Error(`Demo content: story “${story.key}” refers to the unknown ${what} “${key}”.`)
  }
  return value
}

const heroImageFilename = (story: DemoStory): string => `seed-${story.key}.png`

const findHeroImage = async ({ payload }: Seeder, story: DemoStory): Promise<string | null> => {
  // By alt text too: an upload whose name was taken on disk is stored as `seed-…-1.png`.
  const { docs } = await payload.find({
    collection: 'media',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    where: {
      or: [
        { filename: { equals: heroImageFilename(story) } },
        { alt: { equals: story.image.alt } },
      ],
    },
  })
  return docs[0]?.id ?? null
}

const seedHeroImage = async (
  seeder: Seeder,
  story: DemoStory,
  regions: Map<string, SeededRegion>,
): Promise<string> => {
  const filename = heroImageFilename(story)
  const existing = await findHeroImage(seeder, story)
  if (existing) {
    skipped(seeder, 'media', `media ${filename}`)
    return existing
  }
  const { branch } = lookUp(regions, story.regions[0], 'region', story)
  const data = await placeholderImage({
    label: story.kicker,
    colors: BRANCH_COLOURS[branch] ?? BRANCH_COLOURS.world,
  })
  const doc = await seeder.payload.create({
    collection: 'media',
    data: { alt: story.image.alt, caption: story.image.caption, credit: 'Newsroom demo' },
    depth: 0,
    file: { data, mimetype: 'image/png', name: filename, size: data.length },
    overrideAccess: true,
  })
  created(seeder, 'media', `media ${doc.filename ?? filename}`)
  return doc.id
}

type ArticleTaxonomy = {
  regions: Map<string, SeededRegion>
  topics: Map<string, string>
  staff: Map<DemoStaffKey, StaffUser>
  articles: Map<string, string>
}

const seedArticle = async (
  seeder: Seeder,
  story: DemoStory,
  taxonomy: ArticleTaxonomy,
  {
    as,
    publish,
    editorialStatus,
  }: {
    as: StaffUser
    publish: boolean
    editorialStatus: 'writing' | 'in_review' | 'ready'
  },
): Promise<string> => {
  const { payload } = seeder
  const slug = slugify(story.title)
  const existing = await existingId(seeder, 'articles', slug)
  if (existing) {
    // Its image is reported, not recreated: an existing story keeps whatever image it has now.
    if (await findHeroImage(seeder, story)) {
      skipped(seeder, 'media', `media ${heroImageFilename(story)}`)
    }
    skipped(seeder, 'articles', `article ${story.title}`)
    taxonomy.articles.set(story.key, existing)
    return existing
  }

  const heroImage = await seedHeroImage(seeder, story, taxonomy.regions)
  const doc = await payload.create({
    collection: 'articles',
    data: {
      title: story.title,
      slug,
      kicker: story.kicker,
      standfirst: story.standfirst,
      heroImage,
      body: lexicalParagraphs(story.paragraphs),
      regions: story.regions.map((key) => lookUp(taxonomy.regions, key, 'region', story).id),
      topics: story.topics.map((key) => lookUp(taxonomy.topics, key, 'topic', story)),
      authors: story.authors.map((key) => lookUp(taxonomy.staff, key, 'author', story).id),
      relatedArticles: (story.related ?? []).map((key) =>
        lookUp(taxonomy.articles, key, 'related story', story),
      ),
      corrections: (story.corrections ?? []).map((correction) => ({ ...correction })),
      breaking: story.breaking ?? false,
      featured: story.featured ?? false,
      editorialStatus,
      meta: { ...story.meta, image: heroImage },
      _status: publish ? 'published' : 'draft',
    },
    depth: 0,
    draft: !publish,
    overrideAccess: true,
    user: as,
  })
  created(
    seeder,
    'articles',
    `article ${story.title}${publish ? '' : ` (draft, ${editorialStatus.replace('_', ' ')})`}`,
  )
  taxonomy.articles.set(story.key, doc.id)
  return doc.id
}

/** Queues the job the admin's "Schedule publish" queues, unless one is already waiting. */
const schedulePublish = async (
  seeder: Seeder,
  story: DemoStory,
  articleId: string,
  editor: StaffUser,
) => {
  const { payload } = seeder
  const article = await payload.findByID({
    collection: 'articles',
    id: articleId,
    depth: 0,
    draft: true,
    overrideAccess: true,
    select: { publishedAt: true },
  })
  const { docs: jobs } = await payload.find({
    collection: 'payload-jobs',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    where: { taskSlug: { equals: 'schedulePublish' } },
  })
  const waiting = jobs.some((job) => {
    const input = job.input as { doc?: { value?: unknown } } | null
    return String(input?.doc?.value) === articleId && !job.completedAt && !job.hasError
  })
  // Once the story has gone live there is nothing left to schedule.
  if (waiting || article.publishedAt) {
    skipped(seeder, 'jobs', `scheduled publish of ${story.title}`)
    return
  }
  const waitUntil = new Date(Date.now() + SCHEDULE_AHEAD_MS)
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: 'articles', value: articleId },
      user: { relationTo: 'users', value: editor.id },
    },
    waitUntil,
    queue: 'default',
  })
  created(seeder, 'jobs', `scheduled ${story.title} to publish at ${waitUntil.toISOString()}`)
}

const seedComments = async (seeder: Seeder, articles: Map<string, string>, moderator: User) => {
  const { payload } = seeder
  const comments = new Map<string, string>()
  for (const comment of DEMO_COMMENTS) {
    const article = articles.get(comment.story)
    if (!article) throw new Error(`Demo content: comment on the unknown story “${comment.story}”.`)
    const label = `${comment.status} comment by ${comment.authorName}`
    const { docs } = await payload.find({
      collection: 'comments',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      where: {
        and: [
          { article: { equals: article } },
          { authorName: { equals: comment.authorName } },
          { body: { equals: comment.body } },
        ],
      },
    })
    if (docs[0]) {
      skipped(seeder, 'comments', label)
      comments.set(comment.key, docs[0].id)
      continue
    }
    const parent = comment.replyTo ? comments.get(comment.replyTo) : undefined
    if (comment.replyTo && !parent) {
      throw new Error(`Demo content: “${comment.key}” replies to a comment listed after it.`)
    }
    const decided = comment.status !== 'pending'
    // The seed plays the moderation desk: status and moderation are set as a moderator would.
    const doc = await payload.create({
      collection: 'comments',
      data: {
        article,
        parent,
        authorName: comment.authorName,
        authorEmail: comment.authorEmail,
        body: comment.body,
        status: comment.status,
        featured: comment.featured ?? false,
        moderation: {
          reasons: comment.reasons ?? [],
          note: comment.note,
          ...(decided ? { decidedBy: moderator.id, decidedAt: new Date().toISOString() } : {}),
        },
      },
      depth: 0,
      overrideAccess: true,
    })
    comments.set(comment.key, doc.id)
    created(seeder, 'comments', `${label}${parent ? ' (reply)' : ''}`)
  }
}

/**
 * Loads the demo newsroom: staff (one account per role), the region tree, topics, the front page
 * of `../shared/seeds/front-page.txt` as published articles with placeholder hero images, a
 * scheduled explainer, a draft in review and reader comments in every moderation state.
 * Running it again creates nothing: everything is looked up first (by email, slug, filename).
 */
export const seedDemoNewsroom = async (
  payload: Payload,
  { log }: { log: (line: string) => void },
): Promise<SeedSummary> => {
  if (isProduction() && process.env.NEWSROOM_SEED_IN_PRODUCTION !== 'true') {
    throw new Error(
      'The demo seed creates accounts with published passwords, so it does not run in production. ' +
        'For a public demo or a test server set NEWSROOM_SEED_IN_PRODUCTION=true.',
    )
  }
  const counts = Object.fromEntries(
    SEEDED_COLLECTIONS.map((collection) => [collection, { created: 0, skipped: 0 }]),
  ) as Record<SeededCollection, SeedCount>
  const seeder: Seeder = { payload, log, counts }

  const staff = await seedStaff(seeder)
  const taxonomy: ArticleTaxonomy = {
    regions: await seedRegions(seeder),
    topics: await seedTopics(seeder),
    staff,
    articles: new Map(),
  }
  const staffUser = (key: DemoStaffKey): StaffUser => {
    const user = staff.get(key)
    if (!user) throw new Error(`Demo staff account “${key}” is missing.`)
    return user
  }
  const editor = staffUser('editor')

  // Bottom of the page first, so the top story is the most recently published.
  for (const story of [...FRONT_PAGE].reverse()) {
    await seedArticle(seeder, story, taxonomy, {
      as: editor,
      publish: true,
      editorialStatus: 'ready',
    })
  }

  const scheduled = await seedArticle(seeder, SCHEDULED_STORY, taxonomy, {
    as: editor,
    publish: false,
    editorialStatus: 'ready',
  })
  await schedulePublish(seeder, SCHEDULED_STORY, scheduled, editor)

  await seedArticle(seeder, REVIEW_STORY, taxonomy, {
    as: staffUser(REVIEW_STORY.authors[0]),
    publish: false,
    editorialStatus: 'in_review',
  })

  await seedComments(seeder, taxonomy.articles, staffUser('moderator'))

  return { counts, accounts: DEMO_STAFF }
}

const table = (rows: string[][]): string[] => {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  return rows.map((row) => `  ${row.map((cell, i) => cell.padEnd(widths[i])).join('  ')}`.trimEnd())
}

/** The summary as printed after seeding: counts per collection, then the demo logins. */
export const formatSummary = ({ counts, accounts }: SeedSummary): string[] => [
  '',
  'Demo newsroom seeded:',
  ...table([
    ['collection', 'created', 'skipped'],
    ...SEEDED_COLLECTIONS.map((collection) => [
      collection,
      String(counts[collection].created),
      String(counts[collection].skipped),
    ]),
  ]),
  '',
  'Demo accounts (development only) — sign in at /admin:',
  ...table([
    ['role', 'name', 'email', 'password'],
    ...accounts.map(({ role, name, email, password }) => [role, name, email, password]),
  ]),
]
