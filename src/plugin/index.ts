import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import type { CollectionConfig, Config, GlobalConfig, Plugin } from 'payload'

import { Articles } from '@collections/Articles'
import { Comments } from '@collections/Comments'
import { createMediaCollection } from '@collections/Media'
import { ModerationEvents } from '@collections/ModerationEvents'
import { Regions } from '@collections/Regions'
import { Topics } from '@collections/Topics'
import { createUsersCollection } from '@collections/Users'
import { WebhookDeliveries } from '@collections/WebhookDeliveries'
import { WebhookEndpoints } from '@collections/WebhookEndpoints'

import { hasRole } from '@/access/hasRole'
import { createCacheControlHooks } from '@/api/cacheControl'
import { capReadLimits } from '@/api/capReadLimits'
import { setArticleValidators } from '@/api/validators'
import { CommentSettings } from '@/globals/CommentSettings'
import { WEBHOOK_QUEUE, deliverWebhookTask } from '@/webhooks/deliverWebhookTask'

import { announceArticleChange, announceArticleDelete } from './hooks/announceArticleChange'
import { announceCommentChange, announceCommentDelete } from './hooks/announceCommentChange'
import { announceSectionChange, announceSectionDelete } from './hooks/announceSectionChange'
import type { PublicChangeListener } from './publicChange'
import { sanitizeOptions } from './sanitizeOptions'
import type { NewsroomPluginOptions } from './types'

export type { NewsroomPluginOptions, Role, SanitizedNewsroomOptions } from './types'
export type { PublicChange, PublicChangeListener } from './publicChange'
export { ROLES } from './types'

type Hooks = NonNullable<CollectionConfig['hooks']>

/** Host hooks run first, then ours, for every hook point either side uses. */
const mergeHooks = (host: Hooks = {}, ours: Hooks = {}): Hooks => {
  const merged: Record<string, unknown[]> = {}
  for (const key of new Set([...Object.keys(host), ...Object.keys(ours)])) {
    const point = key as keyof Hooks
    merged[key] = [...((host[point] as unknown[]) ?? []), ...((ours[point] as unknown[]) ?? [])]
  }
  return merged
}

/**
 * A host collection with one of our slugs keeps its own settings and fields; the newsroom's
 * access rules, hooks and missing fields are laid over it.
 */
const mergeCollection = (host: CollectionConfig, ours: CollectionConfig): CollectionConfig => {
  const hostFieldNames = new Set(host.fields.map((field) => ('name' in field ? field.name : null)))
  return {
    ...host,
    ...ours,
    admin: { ...ours.admin, ...host.admin },
    auth: host.auth ?? ours.auth,
    access: { ...host.access, ...ours.access },
    hooks: mergeHooks(host.hooks, ours.hooks),
    fields: [
      ...host.fields,
      ...ours.fields.filter((field) => !('name' in field) || !hostFieldNames.has(field.name)),
    ],
  }
}

const addCollections = (
  existing: CollectionConfig[],
  ours: CollectionConfig[],
): CollectionConfig[] => {
  const oursBySlug = new Map(ours.map((collection) => [collection.slug, collection]))
  const merged = existing.map((collection) => {
    const own = oursBySlug.get(collection.slug)
    if (!own) return collection
    oursBySlug.delete(collection.slug)
    return mergeCollection(collection, own)
  })
  return [...merged, ...oursBySlug.values()]
}

/** Hooks that tell the listener about changes readers can see, by collection. */
const announcing = (
  collection: CollectionConfig,
  listener: PublicChangeListener | undefined,
): CollectionConfig => {
  if (!listener) return collection
  const slug = collection.slug
  const hooks: Pick<Hooks, 'afterChange' | 'afterDelete'> | null =
    slug === 'articles'
      ? {
          afterChange: [announceArticleChange(listener)],
          afterDelete: [announceArticleDelete(listener)],
        }
      : slug === 'regions' || slug === 'topics'
        ? {
            afterChange: [announceSectionChange(listener, slug)],
            afterDelete: [announceSectionDelete(listener, slug)],
          }
        : slug === 'comments'
          ? {
              afterChange: [announceCommentChange(listener)],
              afterDelete: [announceCommentDelete(listener)],
            }
          : null
  if (!hooks) return collection
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), ...(hooks.afterChange ?? [])],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), ...(hooks.afterDelete ?? [])],
    },
  }
}

/** Adds the newsroom's content model, roles and rules to any Payload config. */
export const newsroomPlugin =
  (options: NewsroomPluginOptions = {}): Plugin =>
  async (incoming: Config): Promise<Config> => {
    const sanitized = sanitizeOptions(options)
    // Public API reads are paged (src/api/capReadLimits.ts) on every newsroom collection.
    const paged = (collection: CollectionConfig): CollectionConfig => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [...(collection.hooks?.beforeOperation ?? []), capReadLimits],
        ...(collection.slug === 'articles'
          ? { afterOperation: [...(collection.hooks?.afterOperation ?? []), setArticleValidators] }
          : {}),
      },
    })
    const collections = addCollections(
      incoming.collections ?? [],
      [
        createUsersCollection(sanitized),
        createMediaCollection(sanitized),
        Articles,
        Regions,
        Topics,
        Comments,
        ModerationEvents,
        WebhookEndpoints,
        WebhookDeliveries,
      ]
        .map(paged)
        .map((collection) =>
          announcing(collection, sanitized.enabled ? sanitized.onPublicChange : undefined),
        ),
    )
    const globals = [...(incoming.globals ?? []), CommentSettings]
    const config: Config = {
      ...incoming,
      admin: { ...incoming.admin, user: incoming.admin?.user ?? 'users' },
      collections,
      globals,
      jobs: {
        ...incoming.jobs,
        access: { run: ({ req }) => hasRole(req.user, 'admin'), ...incoming.jobs?.access },
        // Registered even when disabled: the task's slug is part of the jobs table's schema.
        tasks: [...(incoming.jobs?.tasks ?? []), deliverWebhookTask],
        // Scheduled publishing and webhooks need due jobs to run; without an outside cron the
        // app runs them. Webhooks have their own queue so a slow endpoint never delays a publish.
        autoRun:
          incoming.jobs?.autoRun ??
          (sanitized.enabled && sanitized.jobsCron
            ? [
                { cron: sanitized.jobsCron, limit: 20, queue: 'default' },
                { cron: sanitized.jobsCron, limit: 20, queue: WEBHOOK_QUEUE },
              ]
            : []),
      },
    }
    if (sanitized.enabled && sanitized.apiCache) {
      // Cache-Control on every API response that touches a collection or global (src/api/cacheControl.ts).
      const cache = createCacheControlHooks(sanitized.apiCache)
      const cached = (collection: CollectionConfig): CollectionConfig => ({
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeOperation: [cache.beforeOperation, ...(collection.hooks?.beforeOperation ?? [])],
          afterOperation: [cache.afterOperation, ...(collection.hooks?.afterOperation ?? [])],
          ...(collection.auth
            ? { afterMe: [...(collection.hooks?.afterMe ?? []), cache.afterMe] }
            : {}),
        },
      })
      const cachedGlobal = (global: GlobalConfig): GlobalConfig => ({
        ...global,
        hooks: {
          ...global.hooks,
          beforeOperation: [cache.globalBeforeOperation, ...(global.hooks?.beforeOperation ?? [])],
          afterRead: [...(global.hooks?.afterRead ?? []), cache.globalAfterRead],
        },
      })
      config.collections = collections.map(cached)
      config.globals = globals.map(cachedGlobal)
      config.hooks = {
        ...incoming.hooks,
        afterError: [...(incoming.hooks?.afterError ?? []), cache.afterError],
      }
    }
    // Region trees (World › Middle East › Yemen) with breadcrumbs, from Payload's own plugin.
    return nestedDocsPlugin({
      collections: ['regions'],
      generateLabel: (_, doc) => (typeof doc.name === 'string' ? doc.name : ''),
      generateURL: (docs) => {
        const slug = docs.at(-1)?.slug
        return `/regions/${typeof slug === 'string' ? slug : ''}`
      },
    })(config)
  }
