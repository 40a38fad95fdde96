import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { chromium } from 'playwright-core'
import type { BrowserContext, Page } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Why e2e cannot run here, or null when Chromium is available. */
export const chromiumMissingReason = (): string | null =>
  fs.existsSync(CHROMIUM_PATH)
    ? null
    : `Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`

// Without the background-networking flags Chromium keeps dialling Google on this closed network.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export type Browser = { context: BrowserContext; close: () => Promise<void> }

/** A fresh headless Chromium with an empty profile (optionally a reader without JavaScript). */
export const launchBrowser = async ({ javaScriptEnabled = true } = {}): Promise<Browser> => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled,
  })
  return {
    context,
    close: async () => {
      await context.close()
      fs.rmSync(profile, { force: true, recursive: true })
    },
  }
}

export const RESULTS_DIR = path.resolve('test-results')

export const screenshotPath = (name: string): string => {
  fs.mkdirSync(RESULTS_DIR, { recursive: true })
  return path.join(RESULTS_DIR, `${name}.png`)
}

/** Signs in through the admin's login form and waits for the dashboard. */
export const signIn = async (page: Page, baseURL: string, email: string, password: string) => {
  await page.goto(`${baseURL}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
}

export const signOut = async (page: Page, baseURL: string) => {
  await page.goto(`${baseURL}/admin/logout`)
  await page.waitForURL(/\/admin\/login/, { timeout: 60_000 })
}
