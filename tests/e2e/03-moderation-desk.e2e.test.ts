import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, screenshotPath, signIn, signOut } from './browser'
import type { Browser } from './browser'

const skipReason = inject('e2eSkipReason')
const baseURL = inject('baseURL')

type ApiComment = {
  id: string
  status?: string
  article: string | { id: string }
  authorName: string
  body: string
  moderation?: { reasons?: string[] }
}

/** A REST call with the signed-in page's own cookie, as the admin panel makes it. */
const asStaff = <T>(page: Page, path: string, init?: { method: string; body: unknown }) =>
  page.evaluate(
    async ({ path, init }) => {
      const response = await fetch(path, {
        credentials: 'include',
        method: init?.method ?? 'GET',
        headers: init ? { 'Content-Type': 'application/json' } : undefined,
        body: init ? JSON.stringify(init.body) : undefined,
      })
      return { status: response.status, json: (await response.json()) as unknown }
    },
    { path, init },
  ) as Promise<{ status: number; json: T }>

/** The first comment by this author, read anonymously (approved) or as the signed-in desk. */
const commentBy = async (page: Page, authorName: string): Promise<ApiComment> => {
  const query = new URLSearchParams({ 'where[authorName][equals]': authorName, depth: '0' })
  const { json } = await asStaff<{ docs: ApiComment[] }>(page, `/api/comments?${query}`)
  const comment = json.docs[0]
  if (!comment) throw new Error(`No comment by ${authorName}: run 02 first, it seeds the demo.`)
  return comment
}

const countOn = async (page: Page, scope: string, queue: string): Promise<number> => {
  const count = page.locator(`${scope} [data-queue="${queue}"] .moderation-counts__count`)
  await count.waitFor({ state: 'attached', timeout: 60_000 })
  const value = await count.getAttribute('data-count')
  expect(value, `${scope} shows a ${queue} count`).toMatch(/^\d+$/)
  return Number(value)
}

const focusedCommentId = (page: Page) =>
  page.evaluate(() =>
    document.activeElement?.closest('[data-comment-id]')?.getAttribute('data-comment-id'),
  )

describe.skipIf(Boolean(skipReason))('the moderation desk in the admin panel', () => {
  let browser: Browser
  /** A reader's reply with two links, held by the pipeline during this test. */
  let reply: ApiComment

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('a moderator approves a held comment with the keyboard; it goes live and the pending count drops', async () => {
    const page = await browser.context.newPage()
    await signIn(page, baseURL, 'moderator@newsroom.test', 'newsroom-moderator')

    // The seeded comment held for a first-time commenter, not readable by the public yet.
    const held = await commentBy(page, 'Nadia K.')
    expect(held.status).toBe('pending')
    expect((await fetch(`${baseURL}/api/comments/${held.id}`)).status).not.toBe(200)

    // A reader replies with two links; the pipeline holds it, so the queue has a second item.
    const parent = await commentBy(page, 'Aigerim S.')
    const posted = await fetch(`${baseURL}/api/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        article: typeof parent.article === 'string' ? parent.article : parent.article.id,
        parent: parent.id,
        authorName: 'Erlan T.',
        authorEmail: 'erlan@example.com',
        body: 'The survey timetable is at https://geology.example/survey and https://minerals.example/plan <b>not bold</b>',
      }),
    })
    expect(posted.status, await posted.clone().text()).toBeLessThan(300)
    reply = await commentBy(page, 'Erlan T.')
    expect(reply.status).toBe('pending')

    await page.goto(`${baseURL}/admin`)
    const pendingBefore = await countOn(page, '.moderation-counts--dashboard', 'pending')
    expect(pendingBefore).toBeGreaterThanOrEqual(2)
    await page.screenshot({ path: screenshotPath('moderation-dashboard-counts'), fullPage: true })

    await page.locator('.moderation-counts--dashboard [data-queue="pending"]').click()
    await page.waitForURL(/\/admin\/collections\/comments/, { timeout: 60_000 })
    const heldItem = page.locator(`.moderation-desk__item[data-comment-id="${held.id}"]`)
    const replyItem = page.locator(`.moderation-desk__item[data-comment-id="${reply.id}"]`)
    await heldItem.waitFor({ timeout: 60_000 })
    await replyItem.waitFor({ timeout: 60_000 })
    await expect(
      page.locator('.moderation-desk__tab--active').getAttribute('data-queue'),
    ).resolves.toBe('pending')

    // Oldest first: the seeded comment, then the reply. Each shows why the pipeline held it.
    const order = await page
      .locator('.moderation-desk__item')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-comment-id')))
    expect(order.indexOf(held.id)).toBeLessThan(order.indexOf(reply.id))
    await expect(heldItem.textContent()).resolves.toMatch(/First comment from this person/)
    await expect(heldItem.textContent()).resolves.toMatch(/Saudi-backed Yemeni government/)
    await expect(replyItem.textContent()).resolves.toMatch(/Contains links/)
    await expect(replyItem.textContent()).resolves.toMatch(/In reply to Aigerim S\./)
    // The reader's markup stays text.
    await expect(replyItem.locator('.moderation-desk__item-body').innerText()).resolves.toMatch(
      /<b>not bold<\/b>/,
    )
    await expect(replyItem.locator('b').count()).resolves.toBe(0)

    // Walk the queue with j / k to the held comment.
    await page.locator('#moderation-desk-heading').click()
    for (const key of ['j', 'j', 'k']) await page.keyboard.press(key)
    await expect(focusedCommentId(page)).resolves.toBe(order[0])
    for (let step = 0; step < order.indexOf(held.id); step++) await page.keyboard.press('j')
    await expect(heldItem.evaluate((item) => item === document.activeElement)).resolves.toBe(true)
    const outline = await heldItem.evaluate((item) => getComputedStyle(item).outlineStyle)
    expect(outline).not.toBe('none')
    await page.screenshot({ path: screenshotPath('moderation-queue-focused'), fullPage: true })

    await page.keyboard.press('a')
    await heldItem.waitFor({ state: 'detached', timeout: 30_000 })
    // The focus moves on to the next comment in the queue.
    const heldIndex = order.indexOf(held.id)
    const next = order[heldIndex + 1] ?? order[heldIndex - 1]
    await expect.poll(() => focusedCommentId(page), { timeout: 10_000 }).toBe(next)
    await expect
      .poll(() => countOn(page, '.moderation-counts--nav', 'pending'), { timeout: 15_000 })
      .toBe(pendingBefore - 1)
    // Payload's own table under the desk catches up too.
    const heldRow = page.locator('.collection-list .table tbody tr', { hasText: 'Nadia K.' })
    await expect.poll(() => heldRow.textContent(), { timeout: 15_000 }).toMatch(/approved/)
    await page.screenshot({
      path: screenshotPath('moderation-queue-after-approve'),
      fullPage: true,
    })

    await page.locator('.nav-toggler').first().click()
    await page.locator('.moderation-counts--nav').waitFor({ state: 'visible', timeout: 10_000 })
    // The nav slides in: wait for it to finish before taking its picture.
    await page.waitForFunction(() => document.getAnimations().length === 0, null, {
      timeout: 10_000,
    })
    await page.screenshot({ path: screenshotPath('moderation-nav-counts') })

    // Now public: the anonymous REST API serves it, approved.
    const publicRead = await fetch(`${baseURL}/api/comments/${held.id}`)
    expect(publicRead.status).toBe(200)
    const published = (await publicRead.json()) as { status: string; authorEmail?: string }
    expect(published.status).toBe('approved')
    expect(published.authorEmail).toBeUndefined()

    await page.goto(`${baseURL}/admin`)
    await expect(countOn(page, '.moderation-counts--dashboard', 'pending')).resolves.toBe(
      pendingBefore - 1,
    )
    await signOut(page, baseURL)
    await page.close()
  })

  it('a moderator sees reader reports in the reported queue and rejects comments in bulk', async () => {
    const luca = await fetch(
      `${baseURL}/api/comments?${new URLSearchParams({ 'where[authorName][equals]': 'Luca B.' })}`,
    ).then(async (response) => ((await response.json()) as { docs: ApiComment[] }).docs[0])
    expect(luca, 'the seeded approved comment by Luca B.').toBeTruthy()
    const report = await fetch(`${baseURL}/api/comments/${luca.id}/report`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reason: 'Off-topic' }),
    })
    expect(report.status, await report.clone().text()).toBe(200)

    // Another first-time commenter, so the bulk action has more than one comment to decide.
    const second = await fetch(`${baseURL}/api/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        article: typeof luca.article === 'string' ? luca.article : luca.article.id,
        authorName: 'Ines V.',
        authorEmail: 'ines@example.com',
        body: 'Greenland should decide this for itself, not NATO.',
      }),
    })
    expect(second.status, await second.clone().text()).toBeLessThan(300)

    const page = await browser.context.newPage()
    await signIn(page, baseURL, 'moderator@newsroom.test', 'newsroom-moderator')
    const ines = await commentBy(page, 'Ines V.')
    expect(ines.status).toBe('pending')
    await expect(countOn(page, '.moderation-counts--dashboard', 'reported')).resolves.toBe(1)
    await page.locator('.moderation-counts--dashboard [data-queue="reported"]').click()
    const reported = page.locator(`.moderation-desk__item[data-comment-id="${luca.id}"]`)
    await reported.waitFor({ timeout: 60_000 })
    await expect(
      page.locator('.moderation-desk__tab--active').getAttribute('data-queue'),
    ).resolves.toBe('reported')
    await expect(reported.textContent()).resolves.toMatch(/Reported 1 time/)
    await expect(reported.textContent()).resolves.toMatch(/Off-topic/)
    await page.screenshot({ path: screenshotPath('moderation-queue-reported'), fullPage: true })

    // Pending: select everything on the page and reject it in one go.
    await page.locator('.moderation-desk__tab[data-queue="pending"]').click()
    const replyItem = page.locator(`.moderation-desk__item[data-comment-id="${reply.id}"]`)
    const inesItem = page.locator(`.moderation-desk__item[data-comment-id="${ines.id}"]`)
    await replyItem.waitFor({ timeout: 60_000 })
    await inesItem.waitFor({ timeout: 60_000 })
    const onPage = await page.locator('.moderation-desk__item').count()
    const selectedNote = page.locator('.moderation-desk__selected')
    // x selects the focused comment and unselects it again.
    await page.locator('#moderation-desk-heading').click()
    await page.keyboard.press('j')
    await page.keyboard.press('x')
    await expect(selectedNote.textContent()).resolves.toBe('1 selected')
    await page.keyboard.press('x')
    await expect(selectedNote.textContent()).resolves.toBe('None selected')
    await page.locator('.moderation-desk').getByLabel('Select all on page').check()
    await expect(selectedNote.textContent()).resolves.toBe(`${onPage} selected`)
    await page.screenshot({ path: screenshotPath('moderation-queue-bulk'), fullPage: true })
    await page.locator('[data-bulk-action="reject"]').click()
    await replyItem.waitFor({ state: 'detached', timeout: 30_000 })
    await inesItem.waitFor({ state: 'detached', timeout: 30_000 })
    await expect(page.locator('.moderation-desk__empty').textContent()).resolves.toMatch(
      /Nothing is waiting/,
    )

    for (const author of ['Erlan T.', 'Ines V.']) {
      const stored = await commentBy(page, author)
      expect(stored.status, author).toBe('rejected')
      expect((await fetch(`${baseURL}/api/comments/${stored.id}`)).status).not.toBe(200)
    }
    await expect
      .poll(() => countOn(page, '.moderation-counts--nav', 'pending'), { timeout: 15_000 })
      .toBe(0)
    await signOut(page, baseURL)
    await page.close()
  })

  it('a journalist gets the plain comments list, without the desk', async () => {
    const page = await browser.context.newPage()
    await signIn(page, baseURL, 'journalist@newsroom.test', 'newsroom-journalist')
    await expect(page.locator('.moderation-counts').count()).resolves.toBe(0)
    await page.goto(`${baseURL}/admin/collections/comments`)
    await page.locator('.collection-list').waitFor({ timeout: 60_000 })
    await expect(page.locator('.moderation-desk').count()).resolves.toBe(0)
    await signOut(page, baseURL)
    await page.close()
  })
})
