#!/usr/bin/env node
// `npm start`: serves the production build. Payload applies pending migrations while the server
// starts (src/instrumentation.ts), before the first request is answered.
//
// A small Node server around Next, for one reason: X-Forwarded-For. Next keeps whatever a client
// sends in that header, so rate limits keyed on it could be dodged. Unless the app runs behind
// TRUST_PROXY_HOPS trusted proxies, the header is replaced with the socket's peer address.
import { createHash, createHmac } from 'node:crypto'
import fs from 'node:fs'
import { createServer } from 'node:http'

import next from 'next'

process.env.NODE_ENV = 'production'
const port = process.env.PORT || '3000'

const secret = (process.env.PAYLOAD_SECRET ?? '').trim()
if (secret.length < 32) {
  console.error(
    'Refusing to start: PAYLOAD_SECRET must be set to a random string of at least 32 characters\n' +
      'in production (e.g. `export PAYLOAD_SECRET=$(openssl rand -hex 32)`).',
  )
  process.exit(1)
}
if (!fs.existsSync('.next/BUILD_ID')) {
  console.error('No production build in .next/: run `npm run build` first.')
  process.exit(1)
}
if (!process.env.DATABASE_URI) fs.mkdirSync('data', { recursive: true })

const trustedHops = Number(process.env.TRUST_PROXY_HOPS ?? 0)
const app = next({ dev: false, port: Number(port) })
await app.prepare()
const handle = app.getRequestHandler()

// Reader pages rendered by `next build` had no database to read (src/app/(frontend)/data):
// they are expired before the first reader arrives, and each is rendered from the live
// database on its first visit. Requests wait for this; it takes a few milliseconds.
// The token is the one src/site/revalidate.ts derives from Payload's hashed secret.
const payloadSecret = createHash('sha256').update(secret).digest('hex').slice(0, 32)
const revalidateToken = createHmac('sha256', payloadSecret)
  .update('newsroom:revalidate')
  .digest('hex')
let ready
const expired = new Promise((resolve) => (ready = resolve))

// Next marks a page cached until revalidation with `s-maxage=31536000`: a CDN in front would then
// keep it a year, long after the app re-rendered it for a publish. Shared caches get a short
// lifetime instead (PAGE_CACHE_S_MAXAGE, PAGE_CACHE_STALE_WHILE_REVALIDATE); the app's own cache
// still serves every page from memory until the change that revalidates it.
const seconds = (name, fallback) => {
  const value = Number(process.env[name] ?? fallback)
  return Number.isInteger(value) && value >= 0 ? value : fallback
}
const pageCacheControl = `public, max-age=0, s-maxage=${seconds('PAGE_CACHE_S_MAXAGE', 60)}, stale-while-revalidate=${seconds('PAGE_CACHE_STALE_WHILE_REVALIDATE', 600)}`
const boundSharedCaching = (res) => {
  const setHeader = res.setHeader.bind(res)
  res.setHeader = (name, value) =>
    setHeader(
      name,
      String(name).toLowerCase() === 'cache-control' && /s-maxage=31536000/.test(String(value))
        ? pageCacheControl
        : value,
    )
}

const server = createServer((req, res) => {
  if (!trustedHops) req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? ''
  const internal = req.headers['x-newsroom-revalidate'] === revalidateToken
  if (internal) return void handle(req, res)
  boundSharedCaching(res)
  void expired.then(() => handle(req, res))
})
server.listen(Number(port), async () => {
  process.env.NEWSROOM_INTERNAL_URL = `http://127.0.0.1:${port}`
  try {
    const response = await globalThis.fetch(`http://127.0.0.1:${port}/next/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-newsroom-revalidate': revalidateToken },
      body: JSON.stringify({ paths: 'everything' }),
    })
    if (!response.ok) console.warn(`Could not expire the built pages: ${response.status}`)
  } catch (error) {
    console.warn(`Could not expire the built pages: ${error}`)
  } finally {
    ready()
  }
  console.log(`Newsroom serving on http://localhost:${port}`)
})
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
  })
}
