/** Collapses whitespace and cuts a plain text at a word boundary, ending it with an ellipsis. */
export const shorten = (text: string | null | undefined, max = 140): string => {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  // One character more than fits shows whether the cut falls between two words.
  const cut = flat.slice(0, max)
  const lastSpace = cut.lastIndexOf(' ')
  const kept = lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut.slice(0, max - 1)
  return `${kept.replace(/[\s.,;:!?–-]+$/, '')}…`
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

/** "5 minutes ago", "yesterday": how long ago a comment was posted. */
export const timeAgo = (date: string | Date, now: Date = new Date(), locale = 'en'): string => {
  const then = typeof date === 'string' ? new Date(date) : date
  if (Number.isNaN(then.getTime())) return ''
  const seconds = Math.round((then.getTime() - now.getTime()) / 1000)
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit)
  }
  return format.format(0, 'second')
}
