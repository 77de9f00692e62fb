/**
 * The prefix search `overflowRange` ran before `fittingPrefixLength`, kept as a
 * test oracle: interpolation search on prefixes, kept safe by bisection, that
 * only asks whether a prefix fits. It returns a `low` such that the prefix of
 * `low` units fits and that of `low + 1` does not, given that the empty prefix
 * fits and the whole text does not.
 */
export function searchFittingPrefix(text: string, limit: number, count: (prefix: string) => number): { low: number; probes: number } {
  let low = 0
  let lowCount = 0
  let high = text.length
  let highCount = count(text)
  let bisectNext = false
  let probes = 0
  while (high - low > 1) {
    let probe: number
    if (bisectNext || highCount <= lowCount) probe = (low + high) >> 1
    else {
      probe = Math.floor(low + ((limit + 0.5 - lowCount) * (high - low)) / (highCount - lowCount))
      probe = Math.min(high - 1, Math.max(low + 1, probe))
    }
    const probeCount = count(text.slice(0, probe))
    probes++
    const before = high - low
    if (probeCount <= limit) {
      low = probe
      lowCount = probeCount
    } else {
      high = probe
      highCount = probeCount
    }
    bisectNext = !bisectNext && (high - low) * 2 > before
  }
  return { low, probes }
}
