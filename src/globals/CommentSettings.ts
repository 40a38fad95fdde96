import type { GlobalConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { isModerator } from '@/access/isModerator'
import type { CommentPolicy } from '@/moderation/types'
import type { CommentSetting } from '@/payload-types'

export const COMMENT_SETTINGS_SLUG = 'comment-settings'

const lines = (text: unknown): string[] =>
  typeof text === 'string'
    ? text
        .split(/[\n,]/)
        .map((word) => word.trim())
        .filter(Boolean)
    : []

/** The newsroom's comment policy, edited by editors and admins in the admin panel. */
export const CommentSettings: GlobalConfig = {
  slug: COMMENT_SETTINGS_SLUG,
  label: 'Comment settings',
  admin: { group: 'Moderation' },
  access: { read: isModerator, update: isEditor },
  fields: [
    {
      name: 'defaultMode',
      type: 'select',
      defaultValue: 'open',
      required: true,
      options: [
        { label: 'Open', value: 'open' },
        { label: 'Pre-moderated', value: 'premoderated' },
        { label: 'Closed', value: 'closed' },
      ],
      admin: { description: 'For articles whose own, region and topic settings are all empty.' },
    },
    {
      name: 'autoCloseDays',
      type: 'number',
      defaultValue: 14,
      min: 0,
      admin: { description: 'Close comments this many days after publication (0: never).' },
    },
    {
      type: 'row',
      fields: [
        { name: 'minLength', type: 'number', defaultValue: 2, min: 1 },
        { name: 'maxLength', type: 'number', defaultValue: 2000, min: 2, max: 2000 },
        {
          name: 'maxLinks',
          type: 'number',
          defaultValue: 1,
          min: 0,
          admin: { description: 'More links than this: hold.' },
        },
      ],
    },
    {
      name: 'bannedWords',
      type: 'textarea',
      admin: { description: 'One word or phrase per line. Comments using them are rejected.' },
    },
    {
      name: 'suspectWords',
      type: 'textarea',
      admin: { description: 'One per line. Comments using them wait for a moderator.' },
    },
    {
      name: 'premoderateNewCommenters',
      type: 'checkbox',
      defaultValue: true,
      admin: { description: 'Hold a person’s comments until one of theirs has been approved.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'rateLimitMax',
          type: 'number',
          defaultValue: 5,
          min: 1,
          label: 'Comments per window',
        },
        {
          name: 'rateLimitWindowMinutes',
          type: 'number',
          defaultValue: 10,
          min: 1,
          label: 'Window (minutes)',
        },
        { name: 'duplicateWindowMinutes', type: 'number', defaultValue: 60, min: 0 },
        {
          name: 'reportThreshold',
          type: 'number',
          defaultValue: 3,
          min: 1,
          admin: { description: 'Reader reports that send a comment back to pending.' },
        },
      ],
    },
  ],
}

const num = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback)

export const toPolicy = (stored: Partial<CommentSetting>): CommentPolicy => ({
  defaultMode: stored.defaultMode ?? 'open',
  autoCloseDays: num(stored.autoCloseDays, 14),
  minLength: num(stored.minLength, 2),
  maxLength: num(stored.maxLength, 2000),
  maxLinks: num(stored.maxLinks, 1),
  bannedWords: lines(stored.bannedWords),
  suspectWords: lines(stored.suspectWords),
  premoderateNewCommenters: stored.premoderateNewCommenters !== false,
  rateLimit: {
    maxComments: num(stored.rateLimitMax, 5),
    windowMinutes: num(stored.rateLimitWindowMinutes, 10),
  },
  duplicateWindowMinutes: num(stored.duplicateWindowMinutes, 60),
  reportThreshold: num(stored.reportThreshold, 3),
})
