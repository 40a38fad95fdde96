import { spawnSync } from 'node:child_process'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, screenshotPath, signIn, signOut } from './browser'
import type { Browser } from './browser'

const skipReason = inject('e2eSkipReason')
const baseURL = inject('baseURL')
const appEnv = inject('appEnv')

describe.skipIf(Boolean(skipReason))('the demo newsroom in the admin panel', () => {
  let browser: Browser

  beforeAll(() => {
    // `npm run seed` against the running production app's database.
    const seed = spawnSync('node', ['scripts/payload.mjs', 'run', 'scripts/seed.ts'], {
      encoding: 'utf8',
      env: { ...process.env, ...appEnv, NEWSROOM_SEED_IN_PRODUCTION: 'true' },
      timeout: 180_000,
    })
    expect(seed.status, `${seed.stdout}\n${seed.stderr}`).toBe(0)
    expect(seed.stdout).toMatch(/journalist@newsroom\.test/)
    expect(seed.stdout).toMatch(
      /reader site: asked http:\/\/localhost:\d+ to revalidate every page/,
    )
  }, 200_000)

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('the seeded stories are on the home page at once: the seed script asked the running app to re-render it', async () => {
    // 01 cached the empty home page; nothing has been published through the app since.
    const home = await fetch(`${baseURL}/`)
    expect(await home.text()).toMatch(/Saudi-backed Yemeni government accuses UAE/)
  })

  it('a journalist sees the newsroom’s stories, its draft in review, and cannot publish', async () => {
    const page = await browser.context.newPage()
    await signIn(page, baseURL, 'journalist2@newsroom.test', 'newsroom-journalist2')
    await page.goto(`${baseURL}/admin/collections/articles?limit=50`)
    const table = page.locator('.table')
    await table.waitFor({ timeout: 60_000 })
    await expect(table.textContent()).resolves.toMatch(/Kazakhstan/)
    await expect(table.textContent()).resolves.toMatch(/In review/)
    await page.screenshot({ path: screenshotPath('admin-journalist-articles'), fullPage: true })

    await page.getByRole('link', { name: /oil/i }).first().click()
    await page.waitForURL(/\/admin\/collections\/articles\/[^/]+$/, { timeout: 60_000 })
    await page.locator('#field-title').waitFor({ timeout: 60_000 })
    // The desk publishes; a journalist's draft offers no publish button.
    await expect(page.locator('#action-save').count()).resolves.toBe(0)
    await page.screenshot({ path: screenshotPath('admin-journalist-draft'), fullPage: true })
    await signOut(page, baseURL)
    await page.close()
  })

  it('an editor filters the stories waiting for review and can publish them', async () => {
    const page = await browser.context.newPage()
    await signIn(page, baseURL, 'editor@newsroom.test', 'newsroom-editor')
    await page.goto(
      `${baseURL}/admin/collections/articles?limit=50&where[or][0][and][0][editorialStatus][equals]=in_review`,
    )
    const table = page.locator('.table')
    await table.waitFor({ timeout: 60_000 })
    const rows = await page.locator('.table tbody tr').count()
    expect(rows).toBe(1)
    await expect(table.textContent()).resolves.toMatch(/oil/i)
    await page.screenshot({ path: screenshotPath('admin-editor-in-review'), fullPage: true })

    await page.locator('.table tbody tr a').first().click()
    await page.locator('#field-title').waitFor({ timeout: 60_000 })
    await expect(page.locator('#action-save').count()).resolves.toBe(1)
    await page.screenshot({ path: screenshotPath('admin-editor-draft'), fullPage: true })
    await page.close()
  })
})
