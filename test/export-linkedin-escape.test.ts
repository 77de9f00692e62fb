import { describe, expect, it } from 'vitest'
import { definePost, escapeLinkedInText, toPayloads } from '../src/index.js'
import { fswepJobPosting } from './fixtures/sched-posts.js'

// LinkedIn "little text format" (Microsoft Learn, LinkedIn Marketing): `\ | { } @ [ ] ( ) < > # * _ ~`
// are escaped in text; a URL is kept as written so LinkedIn links it whole.
describe('LinkedIn escaping outside URLs only', () => {
  it('a job posting keeps its URLs intact and escapes the text around them', () => {
    const out = toPayloads(definePost(fswepJobPosting), 'linkedin', { linkedin: { author: 'urn:li:organization:12345' } })
    const en = out.en[0]?.body.commentary ?? ''
    expect(en).toContain(' https://www.canada.ca/en/public-service-commission/jobs/services/recruitment/students/jobs_students.html ')
    expect(en).toContain(' https://www.canada.ca/content/dam/psc-cfp/documents/guide_(2026).pdf ')
    expect(en.startsWith('Students \\(full-time\\): apply')).toBe(true)
    expect(en.endsWith(' #FSWEP')).toBe(true)
    const fr = out.fr[0]?.body.commentary ?? ''
    expect(fr).toContain('etudiants/emplois_etudiants.html #PFETE')
    expect(fr.startsWith('Étudiants \\(temps plein\\)')).toBe(true)
  })

  it('text between, before and after two URLs is still escaped', () => {
    expect(escapeLinkedInText('a_b https://x.ca/c_d (e) http://y.ca/f(g) *h*')).toBe('a\\_b https://x.ca/c_d \\(e\\) http://y.ca/f(g) \\*h\\*')
    // A URL without scheme is auto-linked too.
    expect(escapeLinkedInText('See canada.ca/jobs_students.html @PSC')).toBe('See canada.ca/jobs_students.html \\@PSC')
  })
})
