/**
 * Links in articles may point to the web (`http:`, `https:`), to an e-mail address (`mailto:`) or
 * be relative (`/regions/yemen`, `#corrections`, `?page=2`). Anything else — `javascript:`,
 * `data:`, `vbscript:`, `file:` … — could run code in a reader's browser and is refused.
 */
export const LINK_URL_RULE =
  'Links must start with http://, https:// or mailto:, or be relative (/…, #…); other schemes such as javascript: are not allowed.'

export const isSafeLinkUrl = (url: unknown): boolean => {
  if (typeof url !== 'string') return false
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  if (!compact) return false
  if (/^(\/(?!\/)|#|\?)/.test(compact)) return true
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase()
  if (!scheme) return !compact.startsWith('//') && !compact.includes(':')
  if (scheme === 'mailto') return compact.length > 'mailto:'.length
  return (scheme === 'http' || scheme === 'https') && /^https?:\/\/[^/\s]/i.test(compact)
}
