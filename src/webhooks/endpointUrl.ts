export const WEBHOOK_URL_RULE =
  'The URL must be a full http:// or https:// address, e.g. https://apps.example.com/newsroom-webhook.'

/** A webhook goes to a web server: http(s) with a host, nothing else (no file:, no relative). */
export const isWebhookUrl = (value: unknown): boolean => {
  if (typeof value !== 'string' || value.trim() !== value || !value) return false
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && Boolean(url.hostname)
  } catch {
    return false
  }
}

/** Field validation for an endpoint's `url`: Payload turns the message into a 400. */
export const validateWebhookUrl = (value: unknown): true | string =>
  isWebhookUrl(value) || WEBHOOK_URL_RULE
