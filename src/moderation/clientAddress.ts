import { createHmac } from 'node:crypto'

/**
 * The reader's address. `npm start` overwrites X-Forwarded-For with the socket's peer, so by
 * default the header holds one trusted value. Behind N trusted proxies (TRUST_PROXY_HOPS=N) the
 * client is the N-th entry from the right, the one the outermost proxy saw.
 */
export const clientAddress = (
  headers: Headers,
  hops = Number(process.env.TRUST_PROXY_HOPS ?? 0),
): string => {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const index = entries.length - Math.max(1, Number.isFinite(hops) ? hops : 0)
  return entries[Math.max(0, index)] ?? 'unknown'
}

/** A salted hash: enough to rate-limit and spot repeats, useless to identify anyone. */
export const hashAddress = (address: string, secret: string): string =>
  createHmac('sha256', secret).update(`ip:${address}`).digest('hex')
