/// The tokenizer's working arrays for one thread, reused from text to text: raw buffers
/// sized for the text before it is cut (a token takes at least one scalar), so that adding
/// a token is four stores — no growth or uniqueness check per token, as with arrays — and
/// `DocumentTokens` is then made from them at its exact size.
struct TokenSink: ~Copyable {
    private(set) var starts: UnsafeMutablePointer<Int32>
    private(set) var ends: UnsafeMutablePointer<Int32>
    private(set) var classes: UnsafeMutablePointer<TokenClass>
    private(set) var flags: UnsafeMutablePointer<TokenFlags>
    /// Normalised-form ids, filled after cutting (`ParallelTokenizer.tokenize`).
    private(set) var forms: UnsafeMutablePointer<Int32>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 4096) {
        self.capacity = capacity
        (starts, ends, classes, flags, forms) = TokenSink.buffers(capacity)
    }

    deinit { deallocate() }

    /// Empties the sink, with room for every token of a text of `scalars` scalars.
    mutating func prepare(forScalars scalars: Int) {
        count = 0
        guard scalars > capacity else { return }
        deallocate()
        capacity = max(scalars, 2 * capacity)
        (starts, ends, classes, flags, forms) = TokenSink.buffers(capacity)
    }

    private static func buffers(_ size: Int) -> (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>,
                                                 UnsafeMutablePointer<TokenClass>, UnsafeMutablePointer<TokenFlags>,
                                                 UnsafeMutablePointer<Int32>) {
        (.allocate(capacity: size), .allocate(capacity: size), .allocate(capacity: size), .allocate(capacity: size),
         .allocate(capacity: size))
    }

    private func deallocate() {
        starts.deallocate()
        ends.deallocate()
        classes.deallocate()
        flags.deallocate()
        forms.deallocate()
    }

    /// Adds a token (room was made by `prepare`: tokens never outnumber scalars).
    @inline(__always)
    mutating func append(_ start: Int, _ end: Int, _ tokenClass: TokenClass, _ tokenFlags: TokenFlags) {
        starts[count] = Int32(truncatingIfNeeded: start)
        ends[count] = Int32(truncatingIfNeeded: end)
        classes[count] = tokenClass
        flags[count] = tokenFlags
        count += 1
    }

    /// Sets token `k`'s normalised-form id.
    @inline(__always)
    func setForm(_ k: Int, _ id: Int32) { forms[k] = id }

    /// The tokens as `DocumentTokens`, in arrays of exactly their size.
    func documentTokens() -> DocumentTokens {
        var tokens = DocumentTokens()
        let n = count
        tokens.classes = Array(UnsafeBufferPointer(start: classes, count: n))
        tokens.flags = Array(UnsafeBufferPointer(start: flags, count: n))
        tokens.normalized = Array(UnsafeBufferPointer(start: forms, count: n))
        tokens.setSpans(starts: UnsafeBufferPointer(start: starts, count: n), ends: UnsafeBufferPointer(start: ends, count: n))
        return tokens
    }
}
