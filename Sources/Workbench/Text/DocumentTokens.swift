/// One document's tokens as parallel arrays (structure of arrays): about 18 bytes a token,
/// instead of a graph node each, which would not fit 50 M words in memory.
///
/// Tokens are in text order and do not overlap. Offsets are Unicode scalar offsets into the
/// document's text, like every span.
public struct DocumentTokens: Sendable {
    public internal(set) var starts: [Int32] = []
    public internal(set) var ends: [Int32] = []
    public internal(set) var classes: [TokenClass] = []
    public internal(set) var flags: [TokenFlags] = []
    /// Ids into `TokenLayer.normalizedForms`.
    public internal(set) var normalized: [Int32] = []
    /// Ids into `TokenLayer.stems`.
    public internal(set) var stems: [Int32] = []

    public init() {}

    public static let empty = DocumentTokens()

    public var count: Int { starts.count }
    public var isEmpty: Bool { starts.isEmpty }
    public var indices: Range<Int> { 0..<count }

    /// One token as a value, for code that is not in a hot loop.
    public subscript(index: Int) -> TextToken {
        TextToken(start: Int(starts[index]), end: Int(ends[index]), tokenClass: classes[index], flags: flags[index],
              normalized: normalized[index], stem: stems[index])
    }

    /// The index of the first token that ends after `offset` (binary search).
    public func firstIndex(endingAfter offset: Int) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(ends[mid]) <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    mutating func reserve(_ n: Int) {
        starts.reserveCapacity(n)
        ends.reserveCapacity(n)
        classes.reserveCapacity(n)
        flags.reserveCapacity(n)
        normalized.reserveCapacity(n)
        stems.reserveCapacity(n)
    }
}

/// One token, read out of `DocumentTokens`.
public struct TextToken: Sendable, Hashable {
    public let start: Int
    public let end: Int
    public let tokenClass: TokenClass
    public let flags: TokenFlags
    public let normalized: Int32
    public let stem: Int32
}
