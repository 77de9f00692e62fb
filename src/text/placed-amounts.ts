/**
 * Amounts noted at places of a text, in text order, and what they add up to before any place: how a count
 * made in one walk of a text answers for any range of it (see `clusterCounter`, `threadsPieceCounter`).
 *
 * @example
 * const saved = new PlacedAmounts()
 * saved.add(3, 1)
 * saved.add(9, 2)
 * saved.totalBefore(9) - saved.totalBefore(0) // 1
 */
export class PlacedAmounts {
  private readonly places: number[] = []
  /** `totals[k]`: the amounts of the places before `places[k]`; one more entry, the sum of all. */
  private readonly totals: number[] = [0]

  /** Notes `amount` at `at`, which is not before any place noted already. */
  add(at: number, amount: number): void {
    this.places.push(at)
    this.totals.push((this.totals[this.totals.length - 1] as number) + amount)
  }

  /** The amounts noted at places before `at`. */
  totalBefore(at: number): number {
    const places = this.places
    let low = 0
    let high = places.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((places[middle] as number) < at) low = middle + 1
      else high = middle
    }
    return this.totals[low] as number
  }
}
