import type { Comment } from '@/payload-types'

export type ReasonCode = NonNullable<NonNullable<Comment['moderation']>['reasons']>[number]

/** The pipeline's reason codes in the desk's words. */
const REASON_WORDS: Record<ReasonCode, string> = {
  length: 'Too short or too long',
  closed: 'Comments on the article are closed',
  'rate-limit': 'Posted too many comments too quickly',
  duplicate: 'Repeats an earlier comment',
  'banned-word': 'Contains a banned word',
  'suspect-word': 'Contains a suspect word',
  link: 'Contains links',
  'new-commenter': 'First comment from this person',
  premoderated: 'Article is pre-moderated',
  reported: 'Reported by readers',
  moderator: 'Decided by a moderator',
}

/** One reason code in words; a code the desk does not know yet is shown spelled out, not hidden. */
export const reasonInWords = (code: string): string => {
  const known = (REASON_WORDS as Record<string, string | undefined>)[code]
  if (known) return known
  const spelled = code.replace(/[-_]+/g, ' ').trim()
  return spelled ? spelled.charAt(0).toUpperCase() + spelled.slice(1) : 'Unknown reason'
}

/** The reasons of a comment in words, each once, in the pipeline's order. */
export const reasonsInWords = (codes: readonly string[] | null | undefined): string[] => [
  ...new Set((codes ?? []).filter(Boolean).map(reasonInWords)),
]

export type ReaderReport = { reason?: string | null; reportedAt?: string | null }

export type ReportSummary = { reason: string; count: number }

/** Reader reports grouped by reason, the most frequent first. */
export const summarizeReports = (
  reports: readonly ReaderReport[] | null | undefined,
): ReportSummary[] => {
  const counts = new Map<string, number>()
  for (const report of reports ?? []) {
    const reason = report.reason?.trim() || 'No reason given'
    counts.set(reason, (counts.get(reason) ?? 0) + 1)
  }
  return [...counts]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason))
}
