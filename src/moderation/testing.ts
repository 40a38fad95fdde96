import type { CommentPolicy, Submission } from './types'

/** A default policy and an unremarkable submission, for the pipeline's unit tests. */
export const policyFixture = (overrides: Partial<CommentPolicy> = {}): CommentPolicy => ({
  defaultMode: 'open',
  autoCloseDays: 0,
  minLength: 2,
  maxLength: 2000,
  maxLinks: 1,
  bannedWords: ['slur'],
  suspectWords: ['idiot', 'buy now'],
  premoderateNewCommenters: false,
  rateLimit: { maxComments: 5, windowMinutes: 10 },
  duplicateWindowMinutes: 60,
  reportThreshold: 3,
  ...overrides,
})

export const submissionFixture = (overrides: Partial<Submission> = {}): Submission => ({
  body: 'A thoughtful comment about rare earths.',
  authorName: 'Reader',
  hasContact: true,
  honeypot: '',
  now: new Date('2026-11-28T12:00:00Z'),
  article: { exists: true, publishedAt: '2026-11-27T12:00:00Z', inheritedModes: [] },
  parent: null,
  recentByIp: 0,
  recentByUser: 0,
  recentBodies: [],
  approvedBefore: 3,
  ...overrides,
})
