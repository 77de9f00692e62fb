/**
 * `make()`, computed on the first call and then returned as is. For built-in data
 * that a module would otherwise build while being imported (compiled phrase lists,
 * folded tag sets): importing the library stays cheap for code that never uses it.
 */
export function once<T>(make: () => T): () => T {
  let made: { readonly value: T } | undefined
  return () => (made ??= { value: make() }).value
}
