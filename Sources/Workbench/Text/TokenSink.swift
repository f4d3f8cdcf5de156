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
        starts = .allocate(capacity: capacity)
        ends = .allocate(capacity: capacity)
        classes = .allocate(capacity: capacity)
        flags = .allocate(capacity: capacity)
        forms = .allocate(capacity: capacity)
    }

    deinit {
        starts.deallocate()
        ends.deallocate()
        classes.deallocate()
        flags.deallocate()
        forms.deallocate()
    }

    /// Empties the sink, with room for every token of a text of `scalars` scalars.
    mutating func prepare(forScalars scalars: Int) {
        count = 0
        guard scalars > capacity else { return }
        let size = max(scalars, 2 * capacity)
        starts.deallocate()
        ends.deallocate()
        classes.deallocate()
        flags.deallocate()
        forms.deallocate()
        starts = .allocate(capacity: size)
        ends = .allocate(capacity: size)
        classes = .allocate(capacity: size)
        flags = .allocate(capacity: size)
        forms = .allocate(capacity: size)
        capacity = size
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
        // Starts only grow: 16 bits hold them all when they hold the last.
        if n == 0 || starts[n - 1] <= Int32(UInt16.max) {
            tokens.narrowStarts = [UInt16](unsafeUninitializedCapacity: n) { buffer, initialized in
                for k in 0..<n { buffer[k] = UInt16(truncatingIfNeeded: starts[k]) }
                initialized = n
            }
        } else {
            tokens.wideStarts = Array(UnsafeBufferPointer(start: starts, count: n))
        }
        var longEnds: [Int32: Int32] = [:]
        tokens.lengths = [UInt8](unsafeUninitializedCapacity: n) { buffer, initialized in
            for k in 0..<n {
                let length = ends[k] - starts[k]
                if length < 255 {
                    buffer[k] = UInt8(truncatingIfNeeded: length)
                } else {
                    buffer[k] = 255
                    longEnds[Int32(truncatingIfNeeded: k)] = ends[k]
                }
            }
            initialized = n
        }
        tokens.longEnds = longEnds
        return tokens
    }
}
