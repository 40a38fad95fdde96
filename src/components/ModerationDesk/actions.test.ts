import { describe, expect, it } from 'vitest'

import { ACTIONS, changeFor, changesNothing, doneMessage, featureToggle } from './actions'

describe('desk actions', () => {
  it('approve, reject and spam set the status and nothing else', () => {
    expect(changeFor('approve')).toEqual({ status: 'approved' })
    expect(changeFor('reject')).toEqual({ status: 'rejected' })
    expect(changeFor('spam')).toEqual({ status: 'spam' })
  })

  it('featuring a comment that is not public yet approves it too', () => {
    expect(changeFor('feature', { status: 'pending' })).toEqual({
      featured: true,
      status: 'approved',
    })
    expect(changeFor('feature')).toEqual({ featured: true, status: 'approved' })
    expect(changeFor('feature', { status: 'approved' })).toEqual({ featured: true })
  })

  it('unfeaturing leaves the status alone and keeps the comment in its queue', () => {
    expect(changeFor('unfeature', { status: 'approved' })).toEqual({ featured: false })
    expect(ACTIONS.unfeature.decides).toBe(false)
    expect(ACTIONS.approve.decides).toBe(true)
  })

  it('knows when an action would change nothing', () => {
    expect(changesNothing('approve', { status: 'approved' })).toBe(true)
    expect(changesNothing('approve', { status: 'pending' })).toBe(false)
    expect(changesNothing('reject', { status: 'approved' })).toBe(false)
    expect(changesNothing('feature', { status: 'approved', featured: true })).toBe(true)
    expect(changesNothing('feature', { status: 'approved', featured: false })).toBe(false)
  })

  it('f toggles feature', () => {
    expect(featureToggle({ featured: true })).toBe('unfeature')
    expect(featureToggle({ featured: null })).toBe('feature')
  })

  it('says what was done, in the singular or plural', () => {
    expect(doneMessage('approve', 1)).toBe('Approved 1 comment')
    expect(doneMessage('spam', 3)).toBe('Marked as spam 3 comments')
  })
})
