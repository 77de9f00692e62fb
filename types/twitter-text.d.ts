// Just what the tests and benchmarks use of twitter-text (a test-only oracle, CommonJS, untyped).
declare module 'twitter-text' {
  interface ParsedTweet {
    weightedLength: number
    valid: boolean
    permillage: number
    validRangeStart: number
    validRangeEnd: number
    displayRangeStart: number
    displayRangeEnd: number
  }
  interface EntityWithIndices {
    indices: [number, number]
  }
  interface TwitterText {
    parseTweet(text: string, options?: object): ParsedTweet
    extractUrlsWithIndices(text: string, options?: { extractUrlsWithoutProtocol?: boolean }): Array<EntityWithIndices & { url: string }>
    extractHashtagsWithIndices(text: string, options?: object): Array<EntityWithIndices & { hashtag: string }>
    extractMentionsWithIndices(text: string): Array<EntityWithIndices & { screenName: string }>
    extractMentionsOrListsWithIndices(text: string): Array<EntityWithIndices & { screenName: string; listSlug: string }>
    extractUrls(text: string): string[]
    extractHashtags(text: string): string[]
    extractMentions(text: string): string[]
    isValidHashtag(tag: string): boolean
    isValidUsername(name: string): boolean
  }
  const twitter: TwitterText
  export default twitter
}
