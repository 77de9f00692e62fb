import { NBSP } from './scan.js'

/**
 * Writes an amount as French does: no-break spaces between thousands, a
 * decimal comma. Reads English (`1,500.50`) or French (`1 500,50`) input.
 */
export function frenchNumber(written: string): string {
  const english = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+\.\d+$/.test(written)
  const [whole = '', fraction] = english ? written.replace(/,/g, '').split('.') : written.replace(/[ \u00a0\u202f]/g, '').split(',')
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP) : whole
  return fraction === undefined ? grouped : `${grouped},${fraction}`
}
