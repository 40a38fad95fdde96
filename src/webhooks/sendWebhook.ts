import { SIGNATURE_HEADER, signWebhook } from './signature'

/** An app that has not answered in this time is treated as down; the job retries later. */
export const WEBHOOK_TIMEOUT_MS = 10_000

export type SendWebhookArgs = {
  url: string
  secret: string
  /** The JSON body, already serialised: exactly these bytes are signed and sent. */
  body: string
  event: string
  deliveryId: string
  timeoutMs?: number
  now?: Date
}

export type SendWebhookResult = { ok: boolean; statusCode: number | null; error: string | null }

/** What an endpoint answered, cut short: enough to debug in the log, never a whole page. */
const excerpt = async (response: Response): Promise<string> => {
  const text = await response.text().catch(() => '')
  const compact = text.replace(/\s+/g, ' ').trim()
  return compact.length > 200 ? `${compact.slice(0, 200)}…` : compact
}

/** POSTs one signed delivery; never throws, so the caller can log every outcome. */
export const sendWebhook = async ({
  url,
  secret,
  body,
  event,
  deliveryId,
  timeoutMs = WEBHOOK_TIMEOUT_MS,
  now = new Date(),
}: SendWebhookArgs): Promise<SendWebhookResult> => {
  const timestamp = Math.floor(now.getTime() / 1000)
  try {
    const response = await fetch(url, {
      method: 'POST',
      body,
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Newsroom-Webhooks/1',
        'X-Newsroom-Event': event,
        'X-Newsroom-Delivery': deliveryId,
        [SIGNATURE_HEADER]: signWebhook(secret, body, timestamp),
      },
      // A signed body is not forwarded to wherever a redirect points; the admin fixes the URL.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (response.ok) {
      await response.body?.cancel()
      return { ok: true, statusCode: response.status, error: null }
    }
    const said = await excerpt(response)
    const redirect =
      response.status >= 300 && response.status < 400 ? ' (redirects are not followed)' : ''
    return {
      ok: false,
      statusCode: response.status,
      error: `The endpoint answered ${response.status}${redirect}${said ? `: ${said}` : ''}`,
    }
  } catch (error) {
    const { name, message, cause } = error as Error & {
      cause?: { code?: string; message?: string }
    }
    const reason =
      name === 'TimeoutError'
        ? `No answer within ${timeoutMs / 1000} s`
        : `Could not reach the endpoint: ${cause?.code ?? cause?.message ?? message}`
    return { ok: false, statusCode: null, error: reason }
  }
}
