import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { seedDemoNewsroom } from '@/demo/seed'

import { ROOT_DIR, startNewsroom } from '../helpers/newsroom'
import type { ApiResponse, RestMethod, TestNewsroom } from '../helpers/newsroom'

/**
 * Runs every example of docs/API.md against the demo newsroom: GraphQL blocks through the GraphQL
 * handler, curl lines through the REST handlers, TypeScript blocks as modules whose client talks
 * to the same handlers. A block without a check here, or a check without a block, fails.
 */

type Language = 'graphql' | 'json' | 'sh' | 'ts'
type Example = { name: string; language: Language; code: string; line: number }

const DOCS_PATH = path.join(ROOT_DIR, 'docs', 'API.md')
// One folder per adapter: the int projects run side by side.
const MODULES_DIR = path.join(
  ROOT_DIR,
  'test-results',
  'doc-examples',
  process.env.TEST_ADAPTER ?? 'sqlite',
)

const parseExamples = (markdown: string): Example[] => {
  const examples: Example[] = []
  const fence = /^```(\w+)([^\n]*)\n([\s\S]*?)^```$/gm
  for (const match of markdown.matchAll(fence)) {
    const name = /\bexample="([^"]+)"/.exec(match[2])?.[1]
    if (!name) continue
    const line = markdown.slice(0, match.index).split('\n').length
    examples.push({ name, language: match[1] as Language, code: match[3], line })
  }
  return examples
}

/** Splits a shell command into words, honouring quotes and `\` line continuations. */
const shellWords = (command: string, variables: Record<string, string>): string[] => {
  const words: string[] = []
  let word = ''
  let inWord = false
  let quote: '"' | "'" | null = null
  const text = command.replace(/\\\n/g, ' ')
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quote === "'") {
      if (char === "'") quote = null
      else word += char
    } else if (char === "'" || char === '"') {
      if (quote === char) quote = null
      else if (!quote) quote = char
      else word += char
      inWord = true
    } else if (char === '$' && /[A-Z_]/.test(text[i + 1] ?? '')) {
      const name = /^[A-Z_][A-Z0-9_]*/.exec(text.slice(i + 1))![0]
      if (!(name in variables))
        throw new Error(`The example uses $${name}, which the test does not set`)
      word += variables[name]
      i += name.length
      inWord = true
    } else if (/\s/.test(char) && !quote) {
      if (inWord) words.push(word)
      word = ''
      inWord = false
    } else {
      word += char
      inWord = true
    }
  }
  if (quote) throw new Error('Unbalanced quote in the example')
  if (inWord) words.push(word)
  return words
}

type CurlRequest = {
  method: RestMethod
  path: string
  body?: unknown
  headers: Record<string, string>
}

const parseCurl = (code: string, variables: Record<string, string>): CurlRequest => {
  const command = code
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
  const words = shellWords(command, variables)
  expect(words[0], 'an sh example is one curl command').toBe('curl')
  let method: string | undefined
  let url: URL | undefined
  let data: string | undefined
  let asQuery = false
  const encoded: string[] = []
  const headers: Record<string, string> = {}
  for (let i = 1; i < words.length; i++) {
    const word = words[i]
    if (word === '-s') continue
    else if (word === '-G') asQuery = true
    else if (word === '-X') method = words[++i]
    else if (word === '-H') {
      const [name, ...value] = words[++i].split(':')
      headers[name.trim()] = value.join(':').trim()
    } else if (word === '-d' || word === '--data' || word === '--data-raw') data = words[++i]
    else if (word === '--data-urlencode') {
      const [name, ...value] = words[++i].split('=')
      encoded.push(`${encodeURIComponent(name)}=${encodeURIComponent(value.join('='))}`)
    } else if (/^https?:\/\//.test(word)) url = new URL(word)
    else throw new Error(`The test's curl reader does not know "${word}"`)
  }
  if (!url) throw new Error('No URL in the curl example')
  expect(url.pathname.startsWith('/api/'), url.pathname).toBe(true)
  const search = [url.search.slice(1), ...(asQuery ? encoded : [])].filter(Boolean).join('&')
  delete headers['Content-Type']
  return {
    method: (method ?? (data !== undefined ? 'POST' : 'GET')) as RestMethod,
    path: `${url.pathname.slice('/api'.length)}${search ? `?${search}` : ''}`,
    body: data !== undefined ? JSON.parse(data) : undefined,
    headers,
  }
}

type GraphQLResult = ApiResponse<any>
type Checks = {
  /** Which demo account the example runs as (its token is `$TOKEN`); readers by default. */
  as?: 'journalist'
  graphql?: (result: GraphQLResult) => void | Promise<void>
  sh?: (result: ApiResponse<any>) => void | Promise<void>
  ts?: (module: any) => void | Promise<void>
}

const titles = (docs: { title: string }[]) => docs.map((doc) => doc.title)
const YEMEN = 'Saudi-backed Yemeni government accuses UAE of running secret prison'
const SYRIA = 'Syria’s al-Sharaa recognises Kurdish language rights as troops advance'
const QATAR = 'Afghanistan and Qatar signal wider cooperation in investment and agriculture'
const TARIFF_STORY = 'European leaders alarmed by US tariff threat against NATO allies'
const KAZAKHSTAN_SLUG = 'kazakhstans-critical-minerals-draw-washingtons-attention'

const expectTariffStory = (article: any) => {
  expect(article.title).toBe(TARIFF_STORY)
  expect(article.bylines.map((byline: any) => byline.name)).toHaveLength(1)
  expect(article.bylines[0].name).toEqual(expect.any(String))
  for (const byline of article.bylines) expect(Object.keys(byline).sort()).not.toContain('email')
  expect(JSON.stringify(article)).not.toMatch(/@newsroom\.test/)
  expect(titles(article.relatedArticles)).toEqual(
    expect.arrayContaining([
      'Starmer speaks to Trump as US plans tariffs on UK and European allies',
      'Germany and France say Europe will not be blackmailed over Greenland tariffs',
    ]),
  )
}

const expectKazakhstanThread = (comments: any[]) => {
  expect(comments).toHaveLength(2)
  const [first, reply] = comments
  expect(first.authorName).toBe('Aigerim S.')
  expect(reply.authorName).toBe('Daniel R.')
  expect(typeof reply.parent === 'string' ? reply.parent : reply.parent.id).toBe(first.id)
  for (const comment of comments) {
    expect(comment).not.toHaveProperty('authorEmail')
    expect(comment).not.toHaveProperty('ipHash')
  }
}

let newsroom: TestNewsroom
let kazakhstanArticleId: string
const tokens: Record<string, string> = {}

const checks: Record<string, Checks> = {
  login: {
    sh: ({ status, body }) => {
      expect(status).toBe(200)
      expect(body.token).toEqual(expect.any(String))
      expect(body.user.roles).toEqual(['journalist'])
    },
    ts: async ({ signIn }) => {
      const client = await signIn('journalist@newsroom.test', 'newsroom-journalist')
      const { user } = await client.me({ collection: 'users' })
      expect(user.email).toBe('journalist@newsroom.test')
    },
  },
  'page-cap': {
    sh: ({ status, body }) => {
      expect(status).toBe(400)
      expect(body.errors[0].message).toBe(
        'limit must be at most 100 (got 500); use page=2, 3… for more.',
      )
    },
  },
  'depth-limit': {
    graphql: ({ status, body }) => {
      expect(status).toBe(200)
      expect(body).toEqual([
        expect.objectContaining({
          message:
            'Query is 8 levels deep; the limit is 7. Ask for fewer nested relations, or make a second query.',
        }),
      ])
    },
  },
  'latest-in-region': {
    sh: ({ status, body, headers }) => {
      expect(status).toBe(200)
      expect(titles(body.docs).sort()).toEqual([QATAR, YEMEN, SYRIA].sort())
      expect(headers.get('Cache-Control')).toMatch(/^public, /)
    },
    graphql: ({ body }) => {
      expect(body.errors).toBeUndefined()
      const regions = body.data.Regions.docs
      expect(regions.map((region: any) => region.slug).sort()).toEqual(
        ['middle-east', 'qatar', 'syria', 'yemen'].sort(),
      )
      const merged = new Map<string, string>()
      for (const region of regions) {
        for (const article of region.articles.docs) merged.set(article.id, article.title)
      }
      expect([...merged.values()].sort()).toEqual([QATAR, YEMEN, SYRIA].sort())
    },
    ts: async ({ latestInRegion }) => {
      const stories = await latestInRegion('middle-east')
      expect(titles(stories).sort()).toEqual([QATAR, YEMEN, SYRIA].sort())
      const dates = stories.map((story: any) => story.publishedAt)
      expect(dates).toEqual([...dates].sort().reverse())
      expect(titles(await latestInRegion('yemen'))).toEqual([YEMEN])
    },
  },
  'article-by-slug': {
    graphql: ({ body }) => {
      expect(body.errors).toBeUndefined()
      const [article] = body.data.Articles.docs
      expectTariffStory(article)
      expect(article.heroImage.alt).toMatch(/Placeholder graphic/)
    },
    sh: ({ status, body, headers }) => {
      expect(status).toBe(200)
      expectTariffStory(body.docs[0])
      expect(headers.get('ETag')).toMatch(/^W\//)
      expect(headers.get('Last-Modified')).toBe(
        new Date(body.docs[0].updatedAt as string).toUTCString(),
      )
    },
    ts: async ({ articleBySlug }) => {
      expectTariffStory(
        await articleBySlug('european-leaders-alarmed-by-us-tariff-threat-against-nato-allies'),
      )
      expect(await articleBySlug('no-such-story')).toBeNull()
    },
  },
  'topic-page': {
    graphql: ({ body }) => {
      expect(body.errors).toBeUndefined()
      const [topic] = body.data.Topics.docs
      expect(topic.name).toBe('Trade and tariffs')
      expect(titles(topic.articles.docs)).toContain(TARIFF_STORY)
      expect(topic.articles.docs).toHaveLength(4)
    },
    sh: ({ status, body }) => {
      expect(status).toBe(200)
      expect(body.docs[0].name).toBe('Trade and tariffs')
      expect(titles(body.docs[0].articles.docs)).toContain(TARIFF_STORY)
    },
    ts: async ({ topicPage }) => {
      const topic = await topicPage('trade-and-tariffs')
      expect(topic.name).toBe('Trade and tariffs')
      expect(topic.articles.docs).toHaveLength(4)
    },
  },
  'comments-of-article': {
    graphql: ({ body }) => {
      expect(body.errors).toBeUndefined()
      expect(body.data.Comments.totalDocs).toBe(2)
      expectKazakhstanThread(body.data.Comments.docs)
    },
    sh: ({ status, body }) => {
      expect(status).toBe(200)
      expectKazakhstanThread(body.docs)
    },
    ts: async ({ commentThreads }) => {
      const threads = await commentThreads(KAZAKHSTAN_SLUG)
      expect(threads).toHaveLength(1)
      expect(threads[0].authorName).toBe('Aigerim S.')
      expect(threads[0].replies.map((reply: any) => reply.authorName)).toEqual(['Daniel R.'])
    },
  },
  'submit-comment': {
    sh: ({ status, body }) => {
      expect(status).toBe(201)
      expect(body.doc.status).toBe('pending')
      expect(body.doc.submission).toEqual({
        state: 'awaiting-moderation',
        message:
          'Thank you. Your comment will appear once a moderator has approved it because it is your first comment here.',
      })
    },
    ts: async ({ submitComment }) => {
      const newcomer = await submitComment({
        article: kazakhstanArticleId,
        authorName: 'Ines M.',
        authorEmail: 'ines@example.com',
        body: 'How long would the survey take?',
      })
      expect(newcomer.state).toBe('awaiting-moderation')
      // Aigerim's comments have been approved before: hers goes live.
      const regular = await submitComment({
        article: kazakhstanArticleId,
        authorName: 'Aigerim S.',
        authorEmail: 'aigerim@example.com',
        body: 'Thanks for the follow-up on the survey timetable.',
      })
      expect(regular).toEqual({ state: 'live', message: 'Thank you. Your comment is live.' })
    },
  },
  'journalist-draft': {
    as: 'journalist',
    sh: ({ status, body }) => {
      expect(status).toBe(201)
      expect(body.doc._status).toBe('draft')
      expect(body.doc.slug).toBe('kazakhstan-signs-a-rare-earths-survey-deal')
    },
    graphql: ({ body }) => {
      expect(body.errors).toBeUndefined()
      expect(body.data.createArticle._status).toBe('draft')
      expect(body.data.createArticle.bylines).toEqual([{ name: expect.any(String) }])
    },
    ts: async ({ createDraft }) => {
      const draft = await createDraft('journalist@newsroom.test', 'newsroom-journalist')
      expect(draft._status).toBe('draft')
      expect(draft.slug).toBe('venezuelas-interim-government-names-a-new-oil-minister')
      // Readers never see it.
      const anonymous = await newsroom.rest('GET', `/articles/${draft.id}`)
      expect(anonymous.status).toBe(404)
    },
  },
}

const examples = parseExamples(fs.readFileSync(DOCS_PATH, 'utf8'))

const substitute = (code: string): string => code.replaceAll('<article-id>', kazakhstanArticleId)

const runGraphQL = async (example: Example, token?: string) => {
  const variablesBlock = examples.find(
    (other) => other.name === example.name && other.language === 'json',
  )
  const variables = variablesBlock ? JSON.parse(substitute(variablesBlock.code)) : undefined
  return newsroom.graphql(example.code, { token, variables })
}

const runCurl = async (example: Example, token?: string) => {
  const request = parseCurl(substitute(example.code), { TOKEN: token ?? '' })
  if (request.path === '/graphql') {
    const { query, variables } = request.body as { query: string; variables?: any }
    return newsroom.graphql(query, { variables, headers: request.headers })
  }
  return newsroom.rest(request.method, request.path, {
    body: request.body,
    headers: request.headers,
  })
}

const importModule = async (example: Example) => {
  fs.mkdirSync(MODULES_DIR, { recursive: true })
  const file = path.join(MODULES_DIR, `${example.name}.ts`)
  fs.writeFileSync(file, example.code)
  return import(/* @vite-ignore */ file)
}

beforeAll(async () => {
  newsroom = await startNewsroom()
  await seedDemoNewsroom(newsroom.payload, { log: () => {} })
  tokens.journalist = await newsroom.login('journalist@newsroom.test', 'newsroom-journalist')
  const { docs } = await newsroom.payload.find({
    collection: 'articles',
    where: { slug: { equals: KAZAKHSTAN_SLUG } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  kazakhstanArticleId = docs[0].id
  // The examples' client calls fetch('http://localhost:3000/api/…'): served by the real handlers.
  vi.stubGlobal('fetch', newsroom.fetch)
})

afterAll(async () => {
  vi.unstubAllGlobals()
  await newsroom?.stop()
})

describe('docs/API.md', () => {
  it('has examples, and every example has a check and every check an example', () => {
    expect(examples.length).toBeGreaterThan(10)
    for (const example of examples) {
      if (example.language === 'json') {
        const query = examples.find((o) => o.name === example.name && o.language === 'graphql')
        expect(
          query,
          `variables at line ${example.line} belong to no GraphQL example`,
        ).toBeDefined()
        continue
      }
      expect(
        checks[example.name]?.[example.language],
        `docs/API.md line ${example.line}: ${example.language} example "${example.name}" has no check`,
      ).toBeTypeOf('function')
    }
    for (const [name, check] of Object.entries(checks)) {
      for (const language of ['graphql', 'sh', 'ts'] as const) {
        if (!check[language]) continue
        expect(
          examples.some((example) => example.name === name && example.language === language),
          `the check for the ${language} example "${name}" has no example in docs/API.md`,
        ).toBe(true)
      }
    }
  })

  for (const example of examples.filter((e) => e.language !== 'json')) {
    it(`${example.language} example "${example.name}" (line ${example.line}) works as documented`, async () => {
      const check = checks[example.name]
      const token = check?.as ? tokens[check.as] : undefined
      if (example.language === 'graphql') await check.graphql!(await runGraphQL(example, token))
      if (example.language === 'sh') await check.sh!(await runCurl(example, token))
      if (example.language === 'ts') await check.ts!(await importModule(example))
    })
  }
})
