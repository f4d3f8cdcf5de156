/// One document's tokens as parallel arrays (structure of arrays): 9 bytes a token,
/// instead of a graph node each, which would not fit 50 M words in memory.
///
/// Tokens are in text order and do not overlap. Offsets are Unicode scalar offsets into the
/// document's text, like every span.
public struct DocumentTokens: Sendable {
    /// Token starts as 16-bit numbers while they fit (a document under 65,536 scalars:
    /// nearly every article), else every start in `wideStarts`: 2 bytes a token saved.
    @usableFromInline var narrowStarts: [UInt16] = []
    /// Every start, for a document with a token starting at 65,536 scalars or later; else empty.
    @usableFromInline var wideStarts: [Int32] = []
    /// Each token's length in scalars, 255 for 255 or more (its end is then in `longEnds`):
    /// a byte instead of a 4-byte end, as good as every token is shorter.
    @usableFromInline var lengths: [UInt8] = []
    /// The ends of tokens 255 scalars long or longer, by token index.
    @usableFromInline var longEnds: [Int32: Int32] = [:]
    public internal(set) var classes: [TokenClass] = []
    public internal(set) var flags: [TokenFlags] = []
    /// Ids into `TokenLayer.normalizedForms`.
    public internal(set) var normalized: [Int32] = []
    /// The layer's stems, attached when the tokens are read out of a layer.
    var formStems: FormStems?

    /// Ids into `TokenLayer.stems`, one a token: looked up through the normalised form
    /// (`TokenLayer.stemOfNormalized`) rather than stored, which saves 4 bytes a token. The
    /// layer's stems are made on first use: read this once, not in a loop.
    public var stems: StemIDs { StemIDs(normalized: normalized, stemOfNormalized: formStems?.table.stemOfForm ?? []) }

    public init() {}

    public static let empty = DocumentTokens()

    /// The start (scalar offset) of token `index`.
    @inlinable public func start(_ index: Int) -> Int32 {
        wideStarts.isEmpty ? Int32(narrowStarts[index]) : wideStarts[index]
    }

    /// The end (scalar offset) of token `index`.
    @inlinable public func end(_ index: Int) -> Int32 {
        let length = lengths[index]
        return length < 255 ? start(index) &+ Int32(length) : longEnds[Int32(truncatingIfNeeded: index)] ?? start(index)
    }

    /// The tokens' starts, by index (`start(_:)` as a collection).
    @inlinable public var starts: TokenStarts { TokenStarts(tokens: self) }

    /// The tokens' ends, by index (`end(_:)` as a collection).
    @inlinable public var ends: TokenEnds { TokenEnds(tokens: self) }

    /// Sets every token's span (class, flags and form are set apart), in the compact storage
    /// above: 16-bit starts when every start fits, a length byte with the rare long token's
    /// end aside. The one place that knows that storage, for the tokenizer and a saved layer.
    mutating func setSpans(starts: UnsafeBufferPointer<Int32>, ends: UnsafeBufferPointer<Int32>) {
        let n = starts.count
        if starts.allSatisfy({ $0 <= Int32(UInt16.max) }) {
            narrowStarts = starts.map { UInt16(truncatingIfNeeded: $0) }
            wideStarts = []
        } else {
            narrowStarts = []
            wideStarts = Array(starts)
        }
        var long: [Int32: Int32] = [:]
        lengths = [UInt8](unsafeUninitializedCapacity: n) { buffer, initialized in
            for k in 0..<n {
                let length = ends[k] - starts[k]
                if length < 255 {
                    buffer[k] = UInt8(truncatingIfNeeded: length)
                } else {
                    buffer[k] = 255
                    long[Int32(truncatingIfNeeded: k)] = ends[k]
                }
            }
            initialized = n
        }
        longEnds = long
    }

    public var count: Int { lengths.count }
    public var isEmpty: Bool { lengths.isEmpty }
    public var indices: Range<Int> { 0..<count }

    /// One token as a value, for code that is not in a hot loop.
    public subscript(index: Int) -> TextToken {
        TextToken(start: Int(start(index)), end: Int(end(index)), tokenClass: classes[index], flags: flags[index],
              normalized: normalized[index], stem: stems[index])
    }

    /// The index of the first token that ends after `offset` (binary search).
    public func firstIndex(endingAfter offset: Int) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(end(mid)) <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

extension Array {
    /// A copy without spare capacity (arrays grown by appending keep up to as much again).
    func exactlySized() -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            withUnsafeBufferPointer { source in
                if let base = source.baseAddress { buffer.baseAddress!.initialize(from: base, count: source.count) }
            }
            initialized = count
        }
    }
}

/// The starts of a document's tokens (`DocumentTokens.starts`): a view over their 16- or
/// 32-bit storage.
public struct TokenStarts: RandomAccessCollection, Sendable {
    @usableFromInline let tokens: DocumentTokens

    @inlinable init(tokens: DocumentTokens) { self.tokens = tokens }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { tokens.count }
    @inlinable public subscript(index: Int) -> Int32 { tokens.start(index) }
}

/// The ends of a document's tokens (`DocumentTokens.ends`): a view over their starts and
/// lengths.
public struct TokenEnds: RandomAccessCollection, Sendable {
    @usableFromInline let tokens: DocumentTokens

    @inlinable init(tokens: DocumentTokens) { self.tokens = tokens }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { tokens.count }
    @inlinable public subscript(index: Int) -> Int32 { tokens.end(index) }
}

/// The stem ids of a document's tokens (`DocumentTokens.stems`): a view that reads each
/// token's stem through its normalised form.
public struct StemIDs: RandomAccessCollection, Sendable, Equatable {
    @usableFromInline let normalized: [Int32]
    @usableFromInline let stemOfNormalized: [Int32]

    @inlinable init(normalized: [Int32], stemOfNormalized: [Int32]) {
        self.normalized = normalized
        self.stemOfNormalized = stemOfNormalized
    }

    /// No stems (for a caller that reads none).
    @inlinable init() {
        normalized = []
        stemOfNormalized = []
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { normalized.count }
    @inlinable public subscript(index: Int) -> Int32 { stemOfNormalized[Int(normalized[index])] }

    public static func == (a: StemIDs, b: StemIDs) -> Bool { a.elementsEqual(b) }
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
