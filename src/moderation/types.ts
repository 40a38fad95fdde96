/** How a story takes comments. `null` on an article, region or topic means "inherit". */
export type CommentsMode = 'open' | 'premoderated' | 'closed'

/** Why the pipeline (or the desk) decided what it did; stored on the comment's `moderation`. */
export const REASON_CODES = [
  'length',
  'closed',
  'rate-limit',
  'duplicate',
  'banned-word',
  'suspect-word',
  'link',
  'new-commenter',
  'premoderated',
  'reported',
  'moderator',
] as const

export type ReasonCode = (typeof REASON_CODES)[number]

/** The comment-policy knobs editors set in the admin (the `comment-settings` global). */
export type CommentPolicy = {
  defaultMode: CommentsMode
  /** Close comments this many days after publication; 0 keeps them open. */
  autoCloseDays: number
  minLength: number
  maxLength: number
  /** More links than this holds the comment for a moderator. */
  maxLinks: number
  bannedWords: string[]
  suspectWords: string[]
  premoderateNewCommenters: boolean
  rateLimit: { maxComments: number; windowMinutes: number }
  duplicateWindowMinutes: number
  reportThreshold: number
}

/** What the server knows when a comment arrives; gathered once, then judged by pure steps. */
export type Submission = {
  body: string
  authorName: string
  /** Anonymous readers leave an e-mail address (never shown); signed-in users need not. */
  hasContact: boolean
  /** The hidden form field only bots fill in. */
  honeypot?: string | null
  now: Date
  article: {
    exists: boolean
    publishedAt?: string | null
    commentsMode?: CommentsMode | null
    commentsCloseAt?: string | null
    /** Modes set on the article's regions and topics. */
    inheritedModes: (CommentsMode | null | undefined)[]
  }
  /** Replies: the parent's article and depth (0 for a top-level parent). */
  parent?: { sameArticle: boolean; depth: number } | null
  /** How many comments this IP hash / signed-in user stored in the rate-limit window. */
  recentByIp: number
  recentByUser: number
  /** Bodies this person posted within the duplicate window. */
  recentBodies: string[]
  /** Approved comments this person (e-mail or account) already has. */
  approvedBefore: number
}

/**
 * A step's verdict. `refuse`: answer the reader with an error and store nothing. `drop`: pretend
 * success and store nothing (bots). `reject` / `hold`: store as rejected / pending with the reason.
 */
export type StepResult =
  | { kind: 'refuse'; code: ReasonCode; status: number; message: string; retryAfter?: number }
  | { kind: 'drop' }
  | { kind: 'reject'; code: ReasonCode }
  | { kind: 'hold'; code: ReasonCode }
  | null

export type PipelineStep = (submission: Submission, policy: CommentPolicy) => StepResult

export type Decision =
  | { kind: 'refuse'; code: ReasonCode; status: number; message: string; retryAfter?: number }
  | { kind: 'drop' }
  | { kind: 'store'; status: 'approved' | 'pending' | 'rejected'; reasons: ReasonCode[] }
