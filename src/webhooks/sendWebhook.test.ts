import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendWebhook } from './sendWebhook'
import { verifyWebhookSignature } from './signature'

type Seen = { url: string; headers: http.IncomingHttpHeaders; body: string }

const seen: Seen[] = []
let server: http.Server
let base: string

/** A receiver whose path says how to answer: /ok, /fail, /moved, /slow. */
beforeAll(async () => {
  server = http.createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    request.on('end', () => {
      seen.push({ url: request.url ?? '', headers: request.headers, body })
      if (request.url === '/ok') response.writeHead(204).end()
      else if (request.url === '/fail')
        response.writeHead(500).end(`  Upstream\n${'x'.repeat(500)}`)
      else if (request.url === '/moved') response.writeHead(301, { Location: '/ok' }).end()
      // '/slow' never answers.
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const secret = 'e'.repeat(64)
const body = JSON.stringify({ id: 'd1', event: 'article.updated', article: { id: 'a1' } })
const send = (path: string, timeoutMs?: number) =>
  sendWebhook({
    url: `${base}${path}`,
    secret,
    body,
    event: 'article.updated',
    deliveryId: 'd1',
    timeoutMs,
  })

describe('sendWebhook', () => {
  it('POSTs the body as JSON with the event, the delivery id and a signature that verifies', async () => {
    expect(await send('/ok')).toEqual({ ok: true, statusCode: 204, error: null })
    const request = seen.at(-1)!
    expect(request.body).toBe(body)
    expect(request.headers['content-type']).toBe('application/json')
    expect(request.headers['x-newsroom-event']).toBe('article.updated')
    expect(request.headers['x-newsroom-delivery']).toBe('d1')
    const header = request.headers['x-newsroom-signature'] as string
    expect(verifyWebhookSignature({ secret, header, body })).toBe(true)
  })

  it('reports a non-2xx answer with its status and the start of what the endpoint said', async () => {
    const result = await send('/fail')
    expect(result.ok).toBe(false)
    expect(result.statusCode).toBe(500)
    expect(result.error).toMatch(/^The endpoint answered 500: Upstream x+…$/)
    expect(result.error!.length).toBeLessThan(260)
  })

  it('does not follow a redirect with a signed body', async () => {
    const before = seen.length
    const result = await send('/moved')
    expect(result).toMatchObject({ ok: false, statusCode: 301 })
    expect(result.error).toMatch(/redirects are not followed/)
    expect(seen.slice(before).map((request) => request.url)).toEqual(['/moved'])
  })

  it('gives up on an endpoint that does not answer in time', async () => {
    expect(await send('/slow', 200)).toEqual({
      ok: false,
      statusCode: null,
      error: 'No answer within 0.2 s',
    })
  })

  it('reports an endpoint that cannot be reached', async () => {
    const closed = http.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as AddressInfo
    await new Promise((resolve) => closed.close(resolve))
    const result = await sendWebhook({
      url: `http://127.0.0.1:${port}/`,
      secret,
      body,
      event: 'article.updated',
      deliveryId: 'd1',
    })
    expect(result).toEqual({
      ok: false,
      statusCode: null,
      error: 'Could not reach the endpoint: ECONNREFUSED',
    })
  })
})
