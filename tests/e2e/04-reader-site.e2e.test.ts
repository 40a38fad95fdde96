import { createRequire } from 'node:module'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { previewSecret } from '@/site/preview'

import { launchBrowser, screenshotPath, signIn, signOut } from './browser'
import type { Browser } from './browser'

const skipReason = inject('e2eSkipReason')
const baseURL = inject('baseURL')
const appEnv = inject('appEnv')

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

const YEMEN_STORY = '/articles/saudi-backed-yemeni-government-accuses-uae-of-running-secret-prison'
/** Filed under China (East Asia), no topic shared with the stories this file publishes. */
const UNRELATED_STORY = '/articles/explosion-at-inner-mongolia-steel-plant-kills-two-and-injures-84'

const get = (path: string, init?: RequestInit) => fetch(`${baseURL}${path}`, init)
const cacheState = async (path: string) => (await get(path)).headers.get('x-nextjs-cache')
const text = async (path: string) => (await get(path)).text()

/** Reads a page twice so that it is in Next's cache, and checks that it is. */
const warm = async (path: string) => {
  await get(path)
  await expect.poll(() => cacheState(path), { timeout: 10_000 }).toBe('HIT')
}

const login = async (email: string, password: string): Promise<string> => {
  const response = await get('/api/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const { token } = (await response.json()) as { token: string }
  return token
}

const api = async <T>(token: string, method: string, path: string, body?: unknown) => {
  const response = await get(path, {
    method,
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json()) as T
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

const idBySlug = async (token: string, collection: string, slug: string): Promise<string> => {
  const { docs } = await api<{ docs: { id: string }[] }>(
    token,
    'GET',
    `/api/${collection}?where[slug][equals]=${slug}&depth=0&limit=1`,
  )
  if (!docs[0]) throw new Error(`no ${collection} "${slug}": run 02 first, it seeds the demo`)
  return docs[0].id
}

/** A story that meets every publishing rule, filed under Yemen only. */
const storyData = async (token: string, title: string) => {
  const yemen = await idBySlug(token, 'regions', 'yemen')
  const { docs } = await api<{ docs: { heroImage: string }[] }>(
    token,
    'GET',
    `/api/articles?where[slug][equals]=${YEMEN_STORY.split('/').pop()}&depth=0`,
  )
  return {
    title,
    standfirst: 'A story written by the end-to-end test to check how publishing reaches readers.',
    regions: [yemen],
    heroImage: docs[0].heroImage,
    meta: {
      title: title.slice(0, 60),
      description:
        'A story written by the end-to-end test to check that publishing reaches readers at once.',
    },
  }
}

type AxeResult = {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[]
}

/** axe-core in the page: serious and critical violations, described for the failure message. */
const seriousViolations = async (page: Page): Promise<string[]> => {
  await page.addScriptTag({ path: AXE_SCRIPT })
  const result = await page.evaluate(
    () =>
      (window as unknown as { axe: { run: (context: Document) => Promise<unknown> } }).axe.run(
        document,
      ) as Promise<AxeResult>,
  )
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    )
}

describe.skipIf(Boolean(skipReason))('the reader site', () => {
  let browser: Browser
  let editorToken: string

  beforeAll(async () => {
    browser = await launchBrowser()
    editorToken = await login('editor@newsroom.test', 'newsroom-editor')
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('a reader goes from the home page to a region and a story, comments, and sees it after a moderator approves it in the admin', async () => {
    const page = await browser.context.newPage()
    await page.goto(baseURL)
    await expect(page.locator('.lead h2').textContent()).resolves.toBeTruthy()
    await expect(page.locator('.breaking').textContent()).resolves.toMatch(/Breaking/)

    await page.locator('nav[aria-label="Sections"] a', { hasText: 'Middle East' }).click()
    await page.waitForURL(/\/regions\/middle-east$/)
    await expect(page.locator('h1').textContent()).resolves.toBe('Middle East')
    // Stories filed under Yemen are listed on the Middle East page; Yemen is a sub-region.
    await expect(page.locator('.subsections a', { hasText: 'Yemen' }).count()).resolves.toBe(1)
    await page.locator(`a[href="${YEMEN_STORY}"]`).first().click()
    await page.waitForURL((url) => url.pathname === YEMEN_STORY)

    await expect(page.locator('h1').textContent()).resolves.toMatch(/secret prison/)
    await expect(page.locator('.story__standfirst').count()).resolves.toBe(1)
    await expect(page.locator('.byline').textContent()).resolves.toMatch(/^By /)
    await expect(page.locator('.story__hero figcaption').textContent()).resolves.toMatch(/Mukalla/)
    await expect(page.locator('#comments h2').textContent()).resolves.toBeTruthy()
    await expect(page.locator('.corrections li').first().textContent()).resolves.toMatch(
      /retaken in 2016/,
    )

    // Search engines and sharing: canonical URL, Open Graph and Twitter from the SEO fields,
    // JSON-LD NewsArticle with its correction.
    const head = (selector: string, attribute: string) =>
      page.locator(selector).first().getAttribute(attribute)
    await expect(head('link[rel="canonical"]', 'href')).resolves.toBe(`${baseURL}${YEMEN_STORY}`)
    await expect(head('meta[property="og:title"]', 'content')).resolves.toBe(
      'Yemen’s government accuses UAE of running a secret prison',
    )
    await expect(head('meta[property="og:type"]', 'content')).resolves.toBe('article')
    await expect(head('meta[property="og:image"]', 'content')).resolves.toMatch(/^http.*\.png$/)
    await expect(head('meta[name="twitter:card"]', 'content')).resolves.toBe('summary_large_image')
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    ) as { '@type': string; author: { name: string }[]; correction: { '@type': string }[] }
    expect(jsonLd['@type']).toBe('NewsArticle')
    expect(jsonLd.author[0]?.name).toBeTruthy()
    expect(jsonLd.correction[0]?.['@type']).toBe('CorrectionComment')

    const body = `Reading this from Aden, <b>the e2e reader</b> says ${Date.now()}.`
    await page.fill('#comment-name', 'Reader From Aden')
    await page.fill('#comment-email', 'aden-reader@example.com')
    await page.fill('#comment-body', body)
    await page.click('.comments > .comment-form button[type="submit"]')
    const notice = page.locator('.comments > .comment-form [role="status"]')
    await expect
      .poll(() => notice.textContent(), { timeout: 15_000 })
      .toMatch(/once a moderator has approved it/)
    expect(await page.content()).not.toContain(body)

    const moderator = await browser.context.newPage()
    await signIn(moderator, baseURL, 'moderator@newsroom.test', 'newsroom-moderator')
    const modToken = await login('moderator@newsroom.test', 'newsroom-moderator')
    const { docs } = await api<{ docs: { id: string }[] }>(
      modToken,
      'GET',
      `/api/comments?where[authorName][equals]=Reader%20From%20Aden&depth=0`,
    )
    const commentId = docs[0].id
    await moderator.goto(`${baseURL}/admin/collections/comments`)
    const item = moderator.locator(`.moderation-desk__item[data-comment-id="${commentId}"]`)
    await item.waitFor({ timeout: 60_000 })
    await item.locator('[data-action="approve"]').click()
    await item.waitFor({ state: 'detached', timeout: 30_000 })
    await signOut(moderator, baseURL)
    await moderator.close()

    // No rebuild: the approval revalidated the story's page.
    await expect
      .poll(
        async () => {
          await page.reload()
          return page.locator('.comment__body', { hasText: body }).count()
        },
        { timeout: 10_000 },
      )
      .toBe(1)
    const comment = page.locator('.comment', {
      has: page.locator('.comment__body', { hasText: body }),
    })
    await expect(comment.locator('.comment__author').first().textContent()).resolves.toBe(
      'Reader From Aden',
    )
    // The reader's markup is shown as typed, never as HTML.
    await expect(comment.locator('.comment__body b').count()).resolves.toBe(0)
    await page.close()
  })

  it('without JavaScript the comment form still posts, and says the comment awaits moderation', async () => {
    const noScript = await launchBrowser({ javaScriptEnabled: false })
    try {
      const page = await noScript.context.newPage()
      await page.goto(`${baseURL}${YEMEN_STORY}`)
      await page.fill('#comment-name', 'Offline Reader')
      await page.fill('#comment-email', 'offline-reader@example.com')
      await page.fill('#comment-body', `A reader without scripts writes in ${Date.now()}.`)
      await page.click('.comments > .comment-form button[type="submit"]')
      await page.waitForURL(/\/comments\/sent/)
      await expect(page.locator('h1').textContent()).resolves.toBe(
        'Your comment is awaiting moderation',
      )
      await page.locator('a', { hasText: 'Back to the article' }).click()
      await page.waitForURL((url) => url.pathname === YEMEN_STORY)
    } finally {
      await noScript.close()
    }
  })

  it('a publish in the admin shows on the home page within a second, while an unrelated story stays a cache hit', async () => {
    const title = `Aden port reopens to aid ships ${Date.now()}`
    const draft = await api<{ doc: { id: string; slug: string } }>(
      editorToken,
      'POST',
      '/api/articles?draft=true',
      { ...(await storyData(editorToken, title)), _status: 'draft' },
    )
    for (const path of ['/', UNRELATED_STORY, '/regions/china', '/regions/yemen']) await warm(path)
    expect(await text('/')).not.toContain(title)

    const page = await browser.context.newPage()
    await signIn(page, baseURL, 'editor@newsroom.test', 'newsroom-editor')
    await page.goto(`${baseURL}/admin/collections/articles/${draft.doc.id}`)
    const published = page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' &&
        response.url().includes(`/api/articles/${draft.doc.id}`) &&
        response.status() === 200,
      { timeout: 60_000 },
    )
    await page.locator('#action-save').click()
    await published
    const publishedAt = Date.now()
    let seenAfter = Infinity
    while (Date.now() - publishedAt < 5_000) {
      if ((await text('/')).includes(title)) {
        seenAfter = Date.now() - publishedAt
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    console.log(`e2e: the published story was on the home page ${seenAfter} ms after the publish`)
    expect(seenAfter).toBeLessThan(1000)
    expect(await text('/regions/yemen')).toContain(title)
    expect(await text('/regions/middle-east')).toContain(title)
    expect(await text('/feed.xml')).toContain(title)
    expect(await text('/sitemap.xml')).toContain(`/articles/${draft.doc.slug}`)
    // Only the pages the story is on were re-rendered.
    await expect(cacheState(UNRELATED_STORY)).resolves.toBe('HIT')
    // A CDN in front keeps a page a minute at most, not the year Next would tell it.
    expect((await get(UNRELATED_STORY)).headers.get('cache-control')).toBe(
      'public, max-age=0, s-maxage=60, stale-while-revalidate=600',
    )
    await expect(cacheState('/regions/china')).resolves.toBe('HIT')
    await page.screenshot({ path: screenshotPath('reader-admin-after-publish'), fullPage: true })
    await signOut(page, baseURL)
    await page.close()

    // Unpublished again: gone from the home page, the feed and the sitemap; its page is a 404.
    await api(editorToken, 'PATCH', `/api/articles/${draft.doc.id}`, { _status: 'draft' })
    await expect.poll(() => text('/'), { timeout: 5_000 }).not.toContain(title)
    expect(await text('/feed.xml')).not.toContain(title)
    expect(await text('/sitemap.xml')).not.toContain(draft.doc.slug)
    expect((await get(`/articles/${draft.doc.slug}`)).status).toBe(404)
  })

  it('drafts and hidden fields never appear in pages, feeds, the sitemap or search', async () => {
    const journalist = await login('journalist@newsroom.test', 'newsroom-journalist')
    const title = `Unpublished draft about Sanaa water ${Date.now()}`
    const { doc } = await api<{ doc: { id: string; slug: string } }>(
      journalist,
      'POST',
      '/api/articles?draft=true',
      { ...(await storyData(journalist, title)), _status: 'draft' },
    )
    const word = title.split(' ').pop()!
    for (const path of [
      '/',
      '/regions/yemen',
      '/regions/middle-east',
      '/regions/world',
      '/feed.xml',
      '/regions/yemen/feed.xml',
      '/sitemap.xml',
      `/search?q=${encodeURIComponent(word)}`,
      `/search?q=${encodeURIComponent('Sanaa water')}`,
    ]) {
      const html = await text(path)
      expect(html, path).not.toContain(title)
      expect(html, path).not.toContain(doc.slug)
    }
    expect((await get(`/articles/${doc.slug}`)).status).toBe(404)

    // The preview door: no secret or a wrong one is refused; the right one still needs staff.
    expect((await get(`/next/preview?slug=${doc.slug}`)).status).toBe(403)
    expect((await get(`/next/preview?slug=${doc.slug}&secret=guess`)).status).toBe(403)
    const secret = previewSecret(appEnv.PAYLOAD_SECRET)
    const anonymous = await get(`/next/preview?slug=${doc.slug}&secret=${secret}`, {
      redirect: 'manual',
    })
    expect(anonymous.status).toBe(401)
    // With a forged draft-mode cookie and no staff session the page still shows no draft.
    const forged = await get(`/articles/${doc.slug}`, {
      headers: { cookie: '__prerender_bypass=forged' },
    })
    expect(forged.status).toBe(404)

    // A signed-in editor sees the draft in the admin's live preview, and by the preview link.
    const page = await browser.context.newPage()
    await signIn(page, baseURL, 'editor@newsroom.test', 'newsroom-editor')
    await page.goto(`${baseURL}/admin/collections/articles/${doc.id}`)
    await page.locator('#live-preview-toggler').click()
    const preview = page.frameLocator('iframe')
    await expect
      .poll(
        () =>
          preview
            .locator('h1')
            .textContent({ timeout: 5_000 })
            .catch(() => null),
        {
          timeout: 60_000,
        },
      )
      .toBe(title)
    await page.screenshot({ path: screenshotPath('reader-live-preview'), fullPage: true })
    await page.goto(`${baseURL}/next/preview?slug=${doc.slug}&secret=${secret}`)
    await page.waitForURL((url) => url.pathname === `/articles/${doc.slug}`)
    await expect(page.locator('h1').textContent()).resolves.toBe(title)
    await expect(page.locator('.preview-banner').count()).resolves.toBe(1)
    await page.goto(`${baseURL}/next/exit-preview`)
    await signOut(page, baseURL)
    await page.close()
    expect((await get(`/articles/${doc.slug}`)).status).toBe(404)

    // Commenters' e-mail addresses (the form's field name aside), address hashes and staff
    // e-mail addresses are never in a page.
    const story = await text(YEMEN_STORY)
    expect(story).toContain('class="comment__body"')
    for (const secretValue of ['@example.com', 'ipHash', '"authorEmail":', '@newsroom.test']) {
      expect(story).not.toContain(secretValue)
    }
  })

  it('a story filed under a topic with comments closed shows no comment form', async () => {
    const topic = await api<{ doc: { id: string } }>(editorToken, 'POST', '/api/topics', {
      name: `Closed desk ${Date.now()}`,
      commentsMode: 'closed',
    })
    const { doc } = await api<{ doc: { slug: string } }>(editorToken, 'POST', '/api/articles', {
      ...(await storyData(editorToken, `Archive note ${Date.now()}`)),
      topics: [topic.doc.id],
      _status: 'published',
    })
    const html = await text(`/articles/${doc.slug}`)
    expect(html).toContain('Comments are closed for this article.')
    expect(html).not.toContain('id="comment-body"')
  })

  it('home, region and story pages have no serious accessibility violations; screenshots at desktop and phone widths', async () => {
    const page = await browser.context.newPage()
    const pages = { home: '/', region: '/regions/middle-east', article: YEMEN_STORY }
    for (const [name, path] of Object.entries(pages)) {
      for (const [width, device] of [
        [1280, 'desktop'],
        [390, 'phone'],
      ] as const) {
        await page.setViewportSize({ width, height: device === 'phone' ? 844 : 900 })
        await page.goto(`${baseURL}${path}`)
        await page.screenshot({ path: screenshotPath(`reader-${name}-${device}`), fullPage: true })
        expect(await seriousViolations(page), `${name} at ${device} width`).toEqual([])
      }
    }
    await page.close()
  })
})
