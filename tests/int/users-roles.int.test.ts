import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startNewsroom } from '../helpers/newsroom'
import type { TestNewsroom } from '../helpers/newsroom'

let newsroom: TestNewsroom

beforeAll(async () => {
  newsroom = await startNewsroom()
})

afterAll(async () => {
  await newsroom?.stop()
})

const rolesOf = async (id: string): Promise<string[]> => {
  const user = await newsroom.payload.findByID({ collection: 'users', id, overrideAccess: true })
  return user.roles ?? []
}

describe('users and newsroom roles', () => {
  let adminToken: string
  let adminId: string

  it('the first account registered becomes admin, whatever roles it asks for', async () => {
    const response = await newsroom.rest('POST', '/users/first-register', {
      body: {
        email: 'founder@newsroom.test',
        name: 'Founding Editor',
        password: 'founder-password',
        roles: ['journalist'],
      },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    adminId = response.body.user.id
    expect(await rolesOf(adminId)).toEqual(['admin'])
    adminToken = await newsroom.login('founder@newsroom.test', 'founder-password')
  })

  it('once an account exists, anonymous visitors cannot register or create accounts', async () => {
    const firstRegister = await newsroom.rest('POST', '/users/first-register', {
      body: { email: 'late@newsroom.test', name: 'Late', password: 'late-password' },
    })
    expect(firstRegister.status).toBe(403)
    const create = await newsroom.rest('POST', '/users', {
      body: {
        email: 'intruder@newsroom.test',
        name: 'Intruder',
        password: 'x-password',
        roles: ['admin'],
      },
    })
    expect(create.status).toBe(403)
    const { totalDocs } = await newsroom.payload.count({
      collection: 'users',
      overrideAccess: true,
    })
    expect(totalDocs).toBe(1)
  })

  it('anonymous visitors cannot list staff accounts over REST or GraphQL', async () => {
    const rest = await newsroom.rest('GET', '/users')
    expect(rest.status).toBe(403)
    const gql = await newsroom.graphql('{ Users { docs { id email } } }')
    expect(gql.body.data?.Users ?? null).toBeNull()
    expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
  })

  it('an admin creates staff with roles over REST', async () => {
    const response = await newsroom.rest('POST', '/users', {
      token: adminToken,
      body: {
        email: 'editor@newsroom.test',
        name: 'Desk Editor',
        password: 'editor-password',
        roles: ['editor', 'moderator'],
      },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(await rolesOf(response.body.doc.id)).toEqual(['editor', 'moderator'])
  })

  it('an admin changes roles over GraphQL', async () => {
    const { user } = await newsroom.createStaff(['journalist'])
    const response = await newsroom.graphql(
      `mutation ($id: String!) { updateUser(id: $id, data: { roles: [journalist, moderator] }) { roles } }`,
      { variables: { id: user.id }, token: adminToken },
    )
    expect(response.body.errors).toBeUndefined()
    expect(await rolesOf(user.id)).toEqual(['journalist', 'moderator'])
  })

  it('a journalist cannot raise its own roles over REST', async () => {
    const { user, token } = await newsroom.createStaff(['journalist'])
    const response = await newsroom.rest('PATCH', `/users/${user.id}`, {
      token,
      body: { roles: ['admin'], bio: 'Covers Central Asia.' },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body.doc.bio).toBe('Covers Central Asia.')
    expect(await rolesOf(user.id)).toEqual(['journalist'])
  })

  it('a journalist cannot raise its own roles over GraphQL', async () => {
    const { user, token } = await newsroom.createStaff(['journalist'])
    await newsroom.graphql(
      `mutation ($id: String!) { updateUser(id: $id, data: { roles: [admin, editor] }) { id } }`,
      { variables: { id: user.id }, token },
    )
    expect(await rolesOf(user.id)).toEqual(['journalist'])
  })

  it('a moderator cannot raise its roles through the Local API on its own behalf', async () => {
    const { user } = await newsroom.createStaff(['moderator'])
    await newsroom.payload.update({
      collection: 'users',
      id: user.id,
      data: { roles: ['admin'] },
      overrideAccess: false,
      user,
    })
    expect(await rolesOf(user.id)).toEqual(['moderator'])
  })

  it('staff cannot create accounts or change anyone else’s account', async () => {
    const { token } = await newsroom.createStaff(['editor'])
    const { user: colleague } = await newsroom.createStaff(['journalist'])
    const create = await newsroom.rest('POST', '/users', {
      token,
      body: {
        email: 'sneaky@newsroom.test',
        name: 'Sneaky',
        password: 'sneaky-pass',
        roles: ['admin'],
      },
    })
    expect(create.status).toBe(403)
    const update = await newsroom.rest('PATCH', `/users/${colleague.id}`, {
      token,
      body: { name: 'Renamed' },
    })
    expect(update.status).toBe(403)
    const remove = await newsroom.rest('DELETE', `/users/${colleague.id}`, { token })
    expect(remove.status).toBe(403)
    const after = await newsroom.payload.findByID({
      collection: 'users',
      id: colleague.id,
      overrideAccess: true,
    })
    expect(after.name).not.toBe('Renamed')
  })

  it('a journalist sees only its own account; an editor sees the staff list', async () => {
    const { user, token } = await newsroom.createStaff(['journalist'])
    const own = await newsroom.rest('GET', '/users', { token })
    expect(own.status).toBe(200)
    expect(own.body.docs.map((doc: { id: string }) => doc.id)).toEqual([user.id])

    const { user: editor, token: editorToken } = await newsroom.createStaff(['editor'])
    const staff = await newsroom.rest('GET', '/users?limit=100', { token: editorToken })
    expect(staff.body.totalDocs).toBeGreaterThan(1)
    // Editors read staff names, not colleagues' e-mail addresses or roles.
    const colleagues = staff.body.docs.filter((doc: { id: string }) => doc.id !== editor.id)
    expect(colleagues.every((doc: { name?: string }) => Boolean(doc.name))).toBe(true)
    expect(colleagues.some((doc: { email?: string }) => doc.email)).toBe(false)
    expect(colleagues.some((doc: { roles?: string[] }) => doc.roles)).toBe(false)
  })

  it('only admins may unlock accounts', async () => {
    const { token } = await newsroom.createStaff(['editor'])
    const denied = await newsroom.rest('POST', '/users/unlock', {
      token,
      body: { email: 'founder@newsroom.test' },
    })
    expect(denied.status).toBe(403)
    const allowed = await newsroom.rest('POST', '/users/unlock', {
      token: adminToken,
      body: { email: 'founder@newsroom.test' },
    })
    expect(allowed.status).toBe(200)
  })

  it('accounts without a role cannot open the admin panel', async () => {
    const { token } = await newsroom.createStaff([])
    const access = await newsroom.rest('GET', '/access', { token })
    // Payload drops `canAccessAdmin` from the permissions when it is false.
    expect(access.body.canAccessAdmin ?? false).toBe(false)
    const { token: journalistToken } = await newsroom.createStaff(['journalist'])
    const journalistAccess = await newsroom.rest('GET', '/access', { token: journalistToken })
    expect(journalistAccess.body.canAccessAdmin).toBe(true)
  })
})
