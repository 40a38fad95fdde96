import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { Config, DatabaseAdapterObj } from 'payload'
import sharp from 'sharp'

import { createDepthLimitRule } from '@/api/graphqlDepthLimit'
import { ensureDemoAdmin } from '@/demo/ensureDemoAdmin'
import { newsroomPlugin } from '@/plugin'
import { previewURL } from '@/site/preview'
import type { PublicChangeListener } from '@/plugin'

import {
  resolveApiCache,
  resolveCorsOrigins,
  resolveCsrfOrigins,
  resolveSecret,
  resolveServerURL,
  useSecureCookies,
} from './env'

/** Nesting depth of a GraphQL query: enough for every documented query, not for recursion. */
export const GRAPHQL_MAX_DEPTH = 7

export type NewsroomAppConfigArgs = {
  db: DatabaseAdapterObj
  /** The repository root, where generated files (types, GraphQL schema, import map) live. */
  rootDir: string
  /** Create the demo admin on an empty database (development only; ignored in production). */
  demo?: boolean
  /** Where uploads are stored; tests point it at a temporary folder. */
  mediaDir?: string
  /** Told about every change readers can see; the app revalidates the reader site with it. */
  onPublicChange?: PublicChangeListener
}

/** The reference app's Payload config: the newsroom plugin plus the app's safe defaults. */
export const createNewsroomConfig = ({
  db,
  demo = process.env.NEWSROOM_DEMO === 'true',
  mediaDir,
  onPublicChange,
  rootDir,
}: NewsroomAppConfigArgs): Config => ({
  admin: {
    avatar: 'default',
    // The moderation desk's pending and reported counts, linking to the queues.
    components: {
      beforeDashboard: [
        '/src/components/ModerationDesk/ModerationCountsSlot#ModerationDashboardCounts',
      ],
      beforeNavLinks: ['/src/components/ModerationDesk/ModerationCountsSlot#ModerationNavCounts'],
    },
    importMap: { baseDir: rootDir },
    // Editors see the story as readers will, re-rendered on every autosave (src/site/preview.ts).
    livePreview: {
      collections: ['articles'],
      url: ({ data }) => (data?.slug ? previewURL(resolveServerURL(), String(data.slug)) : null),
      breakpoints: [
        { label: 'Phone', name: 'phone', width: 390, height: 844 },
        { label: 'Desktop', name: 'desktop', width: 1280, height: 900 },
      ],
    },
    meta: { titleSuffix: ' · Newsroom' },
    user: 'users',
  },
  collections: [],
  cors: resolveCorsOrigins(),
  csrf: resolveCsrfOrigins(),
  db,
  defaultDepth: 1,
  editor: lexicalEditor(),
  graphQL: {
    disableIntrospectionInProduction: true,
    disablePlaygroundInProduction: true,
    maxComplexity: 1000,
    // region → articles → relatedArticles → … is refused before it runs (src/api).
    validationRules: () => [createDepthLimitRule(GRAPHQL_MAX_DEPTH)],
    schemaOutputFile: path.resolve(rootDir, 'schema.graphql'),
  },
  maxDepth: 3,
  onInit: async (payload) => {
    if (demo) await ensureDemoAdmin(payload)
  },
  plugins: [
    newsroomPlugin({
      apiCache: resolveApiCache(),
      mediaDir: mediaDir ?? path.resolve(rootDir, 'data', 'media'),
      onPublicChange,
      secureCookies: useSecureCookies(),
    }),
  ],
  secret: resolveSecret(),
  serverURL: resolveServerURL(),
  sharp,
  telemetry: false,
  typescript: { outputFile: path.resolve(rootDir, 'src/payload-types.ts') },
})
