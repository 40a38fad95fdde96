import { createHmac, timingSafeEqual } from 'node:crypto'

/** The header every delivery carries: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = 'X-Newsroom-Signature'

/** How old (or how far in the future) a signed timestamp may be before it is refused. */
export const DEFAULT_TOLERANCE_SECONDS = 300

const hmac = (secret: string, body: string, timestamp: number): string =>
  createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')

/**
 * Signs the raw body as sent. The timestamp is part of what is signed, so a captured delivery
 * cannot be replayed later with a fresh `t`.
 */
export const signWebhook = (secret: string, body: string, timestamp: number): string =>
  `t=${timestamp},v1=${hmac(secret, body, timestamp)}`

export type VerifyWebhookSignatureArgs = {
  /** The endpoint's secret, as shown in the admin. */
  secret: string
  /** The `X-Newsroom-Signature` header value. */
  header: string | null | undefined
  /** The raw request body, exactly as received (not re-serialised JSON). */
  body: string
  /** @default 300 */
  toleranceSeconds?: number
  /** @default new Date() */
  now?: Date
}

const parseHeader = (header: string): { timestamp: number | null; signatures: string[] } => {
  let timestamp: number | null = null
  const signatures: string[] = []
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2)
    if (key === 't' && /^\d+$/.test(value ?? '')) timestamp = Number(value)
    // More than one v1 is accepted so a receiver keeps working while a secret is rotated.
    if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value ?? '')) signatures.push(value.toLowerCase())
  }
  return { timestamp, signatures }
}

/** True when the header was made with this secret over this body within the tolerance. */
export const verifyWebhookSignature = ({
  secret,
  header,
  body,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
  now = new Date(),
}: VerifyWebhookSignatureArgs): boolean => {
  if (!secret || !header) return false
  const { timestamp, signatures } = parseHeader(header)
  if (timestamp === null || !signatures.length) return false
  if (Math.abs(Math.floor(now.getTime() / 1000) - timestamp) > toleranceSeconds) return false
  const expected = Buffer.from(hmac(secret, body, timestamp), 'hex')
  // Constant-time comparison: the time taken must not reveal how much of a guess was right.
  return signatures.some((signature) => timingSafeEqual(Buffer.from(signature, 'hex'), expected))
}
