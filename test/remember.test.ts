import { describe, expect, it } from 'vitest'
import { rememberRecent } from '../src/text/remember.js'
import { extractUrls } from '../src/text/urls.js'

describe('rememberRecent', () => {
  it('computes once per recent text, hands out copies of frozen entities, and forgets the oldest', () => {
    const calls: string[] = []
    const words = rememberRecent((text: string) => {
      calls.push(text)
      return text.split(' ').map((word, start) => ({ word, start }))
    }, 2)
    const first = words('a b')
    first.push({ word: 'mine', start: 9 })
    expect(words('a b')).toEqual([{ word: 'a', start: 0 }, { word: 'b', start: 1 }])
    expect(Object.isFrozen(words('a b')[0])).toBe(true)
    expect(calls).toEqual(['a b'])
    words('c')
    words('a b') // still remembered: most recent first, two kept
    words('d') // evicts 'c', the least recent
    words('c')
    expect(calls).toEqual(['a b', 'c', 'd', 'c'])
  })

  it('gives the URL extraction the same answers as a fresh scan, in either mode and any order', () => {
    const texts = ['Voir canada.ca/fr !', 'https://www.canada.ca/en.html and x.com', 'rien', 'Voir canada.ca/fr !']
    const fresh = texts.map((text) => [JSON.stringify(extractUrls(`${text} `)), JSON.stringify(extractUrls(`${text} `, { withoutProtocol: false }))])
    for (let round = 0; round < 3; round++) {
      texts.forEach((text, i) => {
        const [withoutProtocol, withProtocol] = fresh[i] as [string, string]
        expect(JSON.stringify(extractUrls(`${text} `))).toBe(withoutProtocol)
        expect(JSON.stringify(extractUrls(`${text} `, { withoutProtocol: false }))).toBe(withProtocol)
      })
    }
  })
})
