import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { _internal_jobSystemGlobals } from 'payload'
import type { Config } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { WebhookDelivery } from '@/payload-types'
import { newsroomPlugin } from '@/plugin'
import {
  WEBHOOK_BACKOFF_DELAY_MS,
  WEBHOOK_MAX_ATTEMPTS,
  WEBHOOK_QUEUE,
} from '@/webhooks/deliverWebhookTask'
import { WEBHOOK_URL_RULE } from '@/webhooks/endpointUrl'
import { verifyWebhookSignature } from '@/webhooks/signature'

import { publishable } from '../helpers/fixtures'
import type { Staff } from '../helpers/fixtures'
import { startNewsroom } from '../helpers/newsroom'
import type { TestNewsroom } from '../helpers/newsroom'

/** What the apps' server received: one entry per request, in order. */
type Received = { path: string; headers: http.IncomingHttpHeaders; body: string; json: any }

let newsroom: TestNewsroom
let admin: Staff
let editor: Staff
let journalist: Staff
let moderator: Staff
let server: http.Server
let receiverUrl: string
let endpoint: { id: string; secret: string }
const received: Received[] = []
/** Status codes the receiver answers with next, first in first out; then 200. */
const answers: number[] = []

let counter = 0
const next = () => ++counter

const startReceiver = async (): Promise<void> => {
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      let json: unknown = null
      try {
        json = JSON.parse(body)
      } catch {
        // Kept as text: the assertion on `json` then shows what arrived.
      }
      received.push({ path: request.url ?? '', headers: request.headers, body, json })
      response.statusCode = answers.shift() ?? 200
      response.end(response.statusCode < 300 ? 'ok' : 'the app is down for maintenance')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** What the cron would do: run the due webhook jobs now. */
const runWebhooks = () =>
  newsroom.payload.jobs.run({ queue: WEBHOOK_QUEUE, limit: 100, silent: true })

/** Runs the queue and hands over what arrived during the run. */
const deliver = async (): Promise<Received[]> => {
  const before = received.length
  await runWebhooks()
  return received.slice(before)
}

const deliveriesOf = async (articleId: string): Promise<WebhookDelivery[]> => {
  const { docs } = await newsroom.payload.find({
    collection: 'webhook-deliveries',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    sort: 'createdAt',
    where: { article: { equals: articleId } },
  })
  return docs
}

/** A journalist's draft, made ready and published by an editor, both through REST. */
const publishNewStory = async (
  title = `Story ${next()}`,
): Promise<{ id: string; slug: string }> => {
  const draft = await newsroom.rest('POST', '/articles?draft=true', {
    token: journalist.token,
    body: { title },
  })
  expect(draft.status, JSON.stringify(draft.body)).toBe(201)
  const published = await newsroom.rest('PATCH', `/articles/${draft.body.doc.id}`, {
    token: editor.token,
    body: { ...(await publishable(newsroom)), _status: 'published' },
  })
  expect(published.status, JSON.stringify(published.body)).toBe(200)
  return { id: draft.body.doc.id, slug: published.body.doc.slug }
}

const expectSignedBy = (secret: string, delivery: Received) => {
  const header = delivery.headers['x-newsroom-signature'] as string
  expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/)
  expect(verifyWebhookSignature({ secret, header, body: delivery.body })).toBe(true)
  expect(verifyWebhookSignature({ secret: 'f'.repeat(64), header, body: delivery.body })).toBe(
    false,
  )
}

beforeAll(async () => {
  await startReceiver()
  // The tests run the webhooks queue themselves, at the moments they choose: no cron.
  newsroom = await startNewsroom({
    configure: (config) => ({ ...config, jobs: { ...config.jobs, autoRun: [] } }),
  })
  admin = await newsroom.createStaff(['admin'], 'First Admin')
  editor = await newsroom.createStaff(['editor'], 'Desk Editor')
  journalist = await newsroom.createStaff(['journalist'], 'Julie Stafford')
  moderator = await newsroom.createStaff(['moderator'], 'Comment Moderator')

  const created = await newsroom.rest('POST', '/webhook-endpoints', {
    token: admin.token,
    body: { name: 'Mobile apps', url: `${receiverUrl}/newsroom` },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  endpoint = created.body.doc
})

afterEach(() => {
  answers.length = 0
  _internal_jobSystemGlobals.getCurrentDate = () => new Date()
})

afterAll(async () => {
  await newsroom?.stop()
  await new Promise((resolve) => server?.close(resolve))
})

describe('setting up an endpoint', () => {
  it('an admin adds an endpoint; it listens to every article event and gets a generated secret', async () => {
    const response = await newsroom.rest('GET', `/webhook-endpoints/${endpoint.id}`, {
      token: admin.token,
    })
    expect(response.status).toBe(200)
    expect(response.body.secret).toMatch(/^[0-9a-f]{64}$/)
    expect(response.body.events).toEqual([
      'article.published',
      'article.updated',
      'article.unpublished',
    ])
    expect(response.body.active).toBe(true)
  })

  it('an address that is not http(s) is refused with a 400 that says what to enter', async () => {
    for (const url of ['ftp://apps.example.com/hook', 'apps.example.com/hook', '/api/hook']) {
      const response = await newsroom.rest('POST', '/webhook-endpoints', {
        token: admin.token,
        body: { name: 'Broken', url },
      })
      expect(response.status, url).toBe(400)
      expect(JSON.stringify(response.body)).toContain(WEBHOOK_URL_RULE)
    }
    const { totalDocs } = await newsroom.payload.count({
      collection: 'webhook-endpoints',
      overrideAccess: true,
      where: { name: { equals: 'Broken' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('clearing the secret rotates it, leaving it out of an edit keeps it, a short one is refused', async () => {
    const created = await newsroom.rest('POST', '/webhook-endpoints', {
      token: admin.token,
      body: { name: 'Rotating', url: `${receiverUrl}/rotating`, active: false },
    })
    const { id, secret } = created.body.doc
    const renamed = await newsroom.rest('PATCH', `/webhook-endpoints/${id}`, {
      token: admin.token,
      body: { name: 'Rotating, renamed' },
    })
    expect(renamed.body.doc.secret).toBe(secret)
    const rotated = await newsroom.rest('PATCH', `/webhook-endpoints/${id}`, {
      token: admin.token,
      body: { secret: '' },
    })
    expect(rotated.body.doc.secret).toMatch(/^[0-9a-f]{64}$/)
    expect(rotated.body.doc.secret).not.toBe(secret)

    const weak = await newsroom.rest('PATCH', `/webhook-endpoints/${id}`, {
      token: admin.token,
      body: { secret: 'password123' },
    })
    expect(weak.status).toBe(400)
    expect(JSON.stringify(weak.body)).toMatch(/secret/i)
  })
})

describe('what the apps receive', () => {
  it('an editor publishing a story sends one signed article.published webhook with its public fields', async () => {
    const story = await publishNewStory('Yemen ceasefire holds for a week')
    const [delivery, ...more] = await deliver()
    expect(more).toEqual([])
    expect(delivery.path).toBe('/newsroom')
    expect(delivery.headers['content-type']).toBe('application/json')
    expect(delivery.headers['x-newsroom-event']).toBe('article.published')
    expectSignedBy(endpoint.secret, delivery)

    const [logged] = await deliveriesOf(story.id)
    expect(delivery.headers['x-newsroom-delivery']).toBe(logged.id)
    expect(delivery.json).toEqual({
      id: logged.id,
      event: 'article.published',
      occurredAt: expect.any(String),
      article: {
        id: story.id,
        slug: 'yemen-ceasefire-holds-for-a-week',
        title: 'Yemen ceasefire holds for a week',
        standfirst: expect.stringContaining('A standfirst'),
        publishedAt: expect.any(String),
        updatedAt: expect.any(String),
        url: expect.stringMatching(/\/articles\/yemen-ceasefire-holds-for-a-week$/),
      },
    })
    expect(logged).toMatchObject({
      status: 'delivered',
      attempts: 1,
      lastStatusCode: 200,
      event: 'article.published',
      endpoint: endpoint.id,
    })
    expect(logged.deliveredAt).toBeTruthy()
    expect(logged.lastError ?? null).toBeNull()
  })

  it('an app that is down gets the webhook again after the backoff, and the log shows two attempts', async () => {
    answers.push(500)
    const story = await publishNewStory()
    const [failed] = await deliver()
    expect(failed.headers['x-newsroom-event']).toBe('article.published')

    const [pending] = await deliveriesOf(story.id)
    expect(pending).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500 })
    expect(pending.lastError).toMatch(/answered 500: the app is down for maintenance/)

    // The retry waits for the backoff: running the queue at once sends nothing.
    const { docs: jobs } = await newsroom.payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { queue: { equals: WEBHOOK_QUEUE } },
    })
    const job = jobs.find((candidate) => (candidate.input as any)?.deliveryId === pending.id)
    const wait = new Date(job?.waitUntil ?? 0).getTime() - Date.now()
    expect(wait).toBeGreaterThan(WEBHOOK_BACKOFF_DELAY_MS - 10_000)
    expect(wait).toBeLessThanOrEqual(WEBHOOK_BACKOFF_DELAY_MS)
    expect(await deliver()).toEqual([])

    // A minute later, as the cron would find it, the job is due again.
    _internal_jobSystemGlobals.getCurrentDate = () =>
      new Date(Date.now() + WEBHOOK_BACKOFF_DELAY_MS + 1000)
    const [retried, ...more] = await deliver()
    expect(more).toEqual([])
    expect(retried.body).toBe(failed.body)
    expect(retried.headers['x-newsroom-delivery']).toBe(pending.id)
    expectSignedBy(endpoint.secret, retried)

    const [delivered] = await deliveriesOf(story.id)
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 200 })
    expect(delivered.lastError ?? null).toBeNull()
  })

  it(`an app that never answers 2xx is given up on after ${WEBHOOK_MAX_ATTEMPTS} attempts and the log says failed`, async () => {
    answers.push(...Array<number>(WEBHOOK_MAX_ATTEMPTS).fill(503))
    const story = await publishNewStory()
    let now = Date.now()
    for (let attempt = 1; attempt <= WEBHOOK_MAX_ATTEMPTS; attempt++) {
      const at = now
      _internal_jobSystemGlobals.getCurrentDate = () => new Date(at)
      expect(await deliver(), `attempt ${attempt}`).toHaveLength(1)
      // 1, 2, 4, 8 minutes: jump past the longest wait.
      now += 2 ** attempt * WEBHOOK_BACKOFF_DELAY_MS
    }
    _internal_jobSystemGlobals.getCurrentDate = () => new Date(now)
    expect(await deliver()).toEqual([])
    const [failed] = await deliveriesOf(story.id)
    expect(failed).toMatchObject({
      status: 'failed',
      attempts: WEBHOOK_MAX_ATTEMPTS,
      lastStatusCode: 503,
    })
  })

  it('publishing changes to a live story sends article.updated with the new headline', async () => {
    const story = await publishNewStory()
    await deliver()
    const response = await newsroom.rest('PATCH', `/articles/${story.id}`, {
      token: editor.token,
      body: { title: 'A better headline', _status: 'published' },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const [update, ...more] = await deliver()
    expect(more).toEqual([])
    expect(update.headers['x-newsroom-event']).toBe('article.updated')
    expect(update.json.article).toMatchObject({ id: story.id, title: 'A better headline' })
    expectSignedBy(endpoint.secret, update)
  })

  it('editing a live story as a draft sends nothing; publishing the edit then sends article.updated', async () => {
    const story = await publishNewStory()
    await deliver()
    for (const query of ['?draft=true', '?draft=true&autosave=true']) {
      const response = await newsroom.rest('PATCH', `/articles/${story.id}${query}`, {
        token: editor.token,
        body: { title: 'Unpublished edit of a live story' },
      })
      expect(response.status, JSON.stringify(response.body)).toBe(200)
    }
    expect(await deliver()).toEqual([])

    await newsroom.rest('PATCH', `/articles/${story.id}`, {
      token: editor.token,
      body: { _status: 'published' },
    })
    const [update] = await deliver()
    expect(update.headers['x-newsroom-event']).toBe('article.updated')
    expect(update.json.article.title).toBe('Unpublished edit of a live story')
  })

  it('unpublishing a story sends article.unpublished naming only its id and slug', async () => {
    const story = await publishNewStory()
    await deliver()
    await newsroom.rest('PATCH', `/articles/${story.id}?draft=true`, {
      token: editor.token,
      body: { title: 'A draft headline that must not leave the newsroom' },
    })
    const response = await newsroom.rest('PATCH', `/articles/${story.id}`, {
      token: editor.token,
      body: { _status: 'draft' },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const [unpublished, ...more] = await deliver()
    expect(more).toEqual([])
    expect(unpublished.headers['x-newsroom-event']).toBe('article.unpublished')
    expect(unpublished.json.article).toEqual({ id: story.id, slug: story.slug })
    expect(unpublished.body).not.toContain('must not leave the newsroom')
    expectSignedBy(endpoint.secret, unpublished)
  })

  it('deleting a live story sends article.unpublished; the log keeps the delivery', async () => {
    const story = await publishNewStory()
    await deliver()
    const response = await newsroom.rest('DELETE', `/articles/${story.id}`, {
      token: editor.token,
    })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const [removed] = await deliver()
    expect(removed.headers['x-newsroom-event']).toBe('article.unpublished')
    expect(removed.json.article).toEqual({ id: story.id, slug: story.slug })
    const { docs } = await newsroom.payload.find({
      collection: 'webhook-deliveries',
      overrideAccess: true,
      where: { id: { equals: removed.json.id } },
    })
    expect(docs[0]).toMatchObject({ status: 'delivered', event: 'article.unpublished' })
  })

  it('a journalist’s drafts and autosaves send nothing', async () => {
    const draft = await newsroom.rest('POST', '/articles?draft=true', {
      token: journalist.token,
      body: { title: 'Kazakhstan’s rare earths' },
    })
    expect(draft.status).toBe(201)
    const autosave = await newsroom.rest(
      'PATCH',
      `/articles/${draft.body.doc.id}?draft=true&autosave=true`,
      {
        token: journalist.token,
        body: { title: 'Kazakhstan’s rare earths draw Washington’s attention' },
      },
    )
    expect(autosave.status, JSON.stringify(autosave.body)).toBe(200)
    expect(await deliver()).toEqual([])
    expect(await deliveriesOf(draft.body.doc.id)).toEqual([])
  })

  it('an endpoint gets only the events it subscribed to, and none while inactive', async () => {
    const add = (name: string, body: Record<string, unknown>) =>
      newsroom.rest('POST', '/webhook-endpoints', {
        token: admin.token,
        body: { name, url: `${receiverUrl}/${name}`, ...body },
      })
    const onlyUnpublished = await add('only-unpublished', { events: ['article.unpublished'] })
    const inactive = await add('inactive', { active: false })
    try {
      const story = await publishNewStory()
      expect((await deliver()).map((delivery) => delivery.path)).toEqual(['/newsroom'])
      await newsroom.rest('PATCH', `/articles/${story.id}`, {
        token: editor.token,
        body: { _status: 'draft' },
      })
      const paths = (await deliver()).map((delivery) => delivery.path).sort()
      expect(paths).toEqual(['/newsroom', '/only-unpublished'])
    } finally {
      for (const { body } of [onlyUnpublished, inactive]) {
        await newsroom.rest('DELETE', `/webhook-endpoints/${body.doc.id}`, { token: admin.token })
      }
    }
  })
})

describe('who sees the webhook settings and the log', () => {
  it('editors, journalists, moderators and anonymous readers get 403 or nothing, and never a secret', async () => {
    for (const token of [editor.token, journalist.token, moderator.token, undefined]) {
      for (const path of [
        '/webhook-endpoints',
        `/webhook-endpoints/${endpoint.id}`,
        '/webhook-deliveries',
      ]) {
        const response = await newsroom.rest('GET', path, { token })
        expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBe(403)
        expect(JSON.stringify(response.body)).not.toContain(endpoint.secret)
      }
      const created = await newsroom.rest('POST', '/webhook-endpoints', {
        token,
        body: { name: 'Sneaky', url: 'https://attacker.example.com/hook' },
      })
      expect(created.status).toBe(403)

      const graphql = await newsroom.graphql(
        `{ WebhookEndpoints { docs { id url secret } } WebhookDeliveries { docs { id payload } } }`,
        { token },
      )
      expect(JSON.stringify(graphql.body)).not.toContain(endpoint.secret)
      expect(graphql.body.errors?.length).toBeGreaterThan(0)
      expect(graphql.body.data?.WebhookEndpoints ?? null).toBeNull()
      expect(graphql.body.data?.WebhookDeliveries ?? null).toBeNull()
    }
    const { totalDocs } = await newsroom.payload.count({
      collection: 'webhook-endpoints',
      overrideAccess: true,
      where: { name: { equals: 'Sneaky' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('an admin reads the delivery log, newest first, but cannot forge or erase it', async () => {
    const list = await newsroom.rest('GET', '/webhook-deliveries?depth=0&limit=100', {
      token: admin.token,
    })
    expect(list.status).toBe(200)
    const dates = list.body.docs.map((doc: WebhookDelivery) => doc.createdAt)
    expect(dates.length).toBeGreaterThan(1)
    expect(dates).toEqual([...dates].sort().reverse())

    const [latest] = list.body.docs
    const forged = await newsroom.rest('POST', '/webhook-deliveries', {
      token: admin.token,
      body: { event: 'article.published', status: 'delivered' },
    })
    expect(forged.status).toBe(403)
    const changed = await newsroom.rest('PATCH', `/webhook-deliveries/${latest.id}`, {
      token: admin.token,
      body: { status: 'failed' },
    })
    expect(changed.status).toBe(403)
    const erased = await newsroom.rest('DELETE', `/webhook-deliveries/${latest.id}`, {
      token: admin.token,
    })
    expect(erased.status).toBe(403)
  })

  it('the app runs the webhooks queue on its own next to scheduled publishing, unless the host says otherwise', async () => {
    const plugged = await newsroomPlugin()({} as Config)
    expect(plugged.jobs?.autoRun).toEqual([
      expect.objectContaining({ queue: 'default' }),
      expect.objectContaining({ queue: WEBHOOK_QUEUE }),
    ])
    expect(plugged.jobs?.tasks?.map((task) => task.slug)).toContain('deliverWebhook')
    const host = await newsroomPlugin()({ jobs: { autoRun: [], tasks: [] } } as unknown as Config)
    expect(host.jobs?.autoRun).toEqual([])
  })
})
