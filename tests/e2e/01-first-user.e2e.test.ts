import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, screenshotPath } from './browser'
import type { Browser } from './browser'

const skipReason = inject('e2eSkipReason')
const baseURL = inject('baseURL')

describe.skipIf(Boolean(skipReason))('a fresh production install', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('serves the reader site at /, rendered from the database rather than the build', async () => {
    // `next build` rendered / without data; `npm start` expired it, so the first visit renders
    // it. (Asked with one fetch: Chromium may send a navigation twice and see the second, a HIT.)
    const first = await fetch(`${baseURL}/`)
    expect(first.headers.get('x-nextjs-cache')).toBe('MISS')
    const page = await browser.context.newPage()
    const response = await page.goto(`${baseURL}/`)
    expect(response?.status()).toBe(200)
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/latest/i)
    await page.close()
  })

  it('the first visitor to /admin creates the admin account, signs in and sees the dashboard', async () => {
    const page = await browser.context.newPage()
    await page.goto(`${baseURL}/admin`)
    await page.waitForURL(/\/admin\/create-first-user/, { timeout: 60_000 })
    await page.fill('#field-email', 'founder@newsroom.test')
    await page.fill('#field-password', 'founder-password-1')
    await page.fill('#field-confirm-password', 'founder-password-1')
    await page.fill('#field-name', 'Founding Editor')
    await page.screenshot({ path: screenshotPath('admin-create-first-user'), fullPage: true })
    await page.click('button[type="submit"]')

    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
    await page.locator('.dashboard').waitFor({ timeout: 60_000 })
    await expect(page.locator('.dashboard').textContent()).resolves.toMatch(/Users/)
    await page.screenshot({ path: screenshotPath('admin-dashboard'), fullPage: true })

    const me = await page.evaluate(async () => {
      const response = await fetch('/api/users/me', { credentials: 'include' })
      return (await response.json()) as { user: { roles: string[]; name: string } | null }
    })
    expect(me.user?.name).toBe('Founding Editor')
    expect(me.user?.roles).toEqual(['admin'])
    await page.close()
  })

  it('signs staff in with a Secure, HttpOnly cookie', async () => {
    const response = await fetch(`${baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'founder@newsroom.test', password: 'founder-password-1' }),
    })
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
  })

  it('answers GraphQL { __typename } but refuses introspection and hides the playground', async () => {
    const post = (query: string) =>
      fetch(`${baseURL}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query }),
      })
    const typename = await post('{ __typename }')
    expect(typename.status).toBe(200)
    expect(await typename.json()).toEqual({ data: { __typename: 'Query' } })

    const introspection = await post('{ __schema { types { name } } }')
    const body = (await introspection.json()) as { data?: unknown; errors?: { message: string }[] }
    expect(body.data ?? null).toBeNull()
    expect(body.errors?.[0]?.message).toMatch(/introspection/i)

    const playground = await fetch(`${baseURL}/api/graphql-playground`)
    expect(playground.status).toBe(404)
  })
})
