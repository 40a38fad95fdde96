import type { Field } from 'payload'

import type { ApiCacheSettings } from '@/api/cacheControl'

import type { PublicChangeListener } from './publicChange'

/** The newsroom's staff roles. Readers are anonymous and have no role. */
export const ROLES = ['admin', 'editor', 'journalist', 'moderator'] as const
export type Role = (typeof ROLES)[number]

export type NewsroomPluginOptions = {
  /**
   * Turns the plugin's behaviour (hooks, endpoints, admin components) off. The collections and fields
   * are still registered so the database schema and migrations do not change when it is toggled.
   * @default true
   */
  enabled?: boolean
  /**
   * Makes the first account created on an empty database an `admin`, so a fresh install can be
   * administered without touching the database.
   * @default true
   */
  firstUserIsAdmin?: boolean
  /**
   * Sets the `secure` flag on the auth cookie. Leave it on in production; turn it off only for a
   * deployment served over plain HTTP.
   * @default true when NODE_ENV is "production"
   */
  secureCookies?: boolean
  /**
   * Extra fields appended to the `users` collection after the newsroom's own (name, roles, bio, avatar).
   * @default []
   */
  userFields?: Field[]
  /**
   * How often the app runs due jobs: scheduled publishing (queue `default`) and webhook deliveries
   * (queue `webhooks`) (cron, 5 or 6 fields; the 6-field form counts seconds). Set to `false` when
   * an outside worker runs `payload jobs:run` for both queues.
   * @default "* * * * *" (every minute)
   */
  jobsCron?: string | false
  /**
   * Folder where uploaded media files are stored on disk.
   * @default "media" in the current working directory
   */
  mediaDir?: string
  /**
   * Called after every change readers can see (a publish, an edit of a published story, an
   * unpublish, a region or topic edit, a comment approved or withdrawn), inside the request that
   * made it, e.g. to revalidate the reader site's pages. Draft saves are not announced. A failing
   * listener is logged and never fails the save.
   * @default undefined (nobody listens)
   */
  onPublicChange?: PublicChangeListener
  /**
   * `Cache-Control` lifetimes (seconds) for anonymous API reads, which CDNs may share; signed-in,
   * personal, write and error responses are always `private, no-store`. `false` sets no headers.
   * @default { maxAge: 0, sMaxAge: 60, staleWhileRevalidate: 600 }
   */
  apiCache?: ApiCacheSettings | false
}

/** Options with every default applied; the rest of the plugin reads only this. */
export type SanitizedNewsroomOptions = Required<Omit<NewsroomPluginOptions, 'onPublicChange'>> &
  Pick<NewsroomPluginOptions, 'onPublicChange'>
