/// Text to `[Unicode.Scalar]` and back, fast: every analysis indexes text by scalar offset,
/// and the standard library's generic `Array(text.unicodeScalars)` and
/// `UnicodeScalarView.append(contentsOf:)` were the largest costs of tokens + sentences.
enum ScalarDecoder {
    /// The scalars of a string, decoded straight from its UTF-8 storage.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { decode($0) }
    }

    /// Decodes UTF-8 (valid, as every `String`'s is; a truncated sequence becomes U+FFFD).
    static func decode(_ b: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, count in
            count = b.isEmpty ? 0 : decode(b, into: out.baseAddress!)
        }
    }

    /// The scalars of a text into `buffer` (grown when too small, reused from text to text:
    /// no array is allocated, and no fresh pages touched, per document); returns their count.
    static func decode(_ text: String, into buffer: inout UnsafeMutableBufferPointer<Unicode.Scalar>) -> Int {
        var text = text
        return text.withUTF8 { b in
            if b.count > buffer.count {
                buffer.deallocate()
                buffer = .allocate(capacity: max(b.count, 2 * buffer.count))
            }
            return b.isEmpty ? 0 : decode(b, into: buffer.baseAddress!)
        }
    }

    /// Decodes into `out`, which has room for `b.count` scalars; returns how many were written.
    private static func decode(_ b: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<Unicode.Scalar>) -> Int {
        let n = b.count
        var i = 0, k = 0
        while i < n {
            // ASCII, eight bytes at a time (most of English news).
            if i + 8 <= n {
                let word = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    for j in 0..<8 {
                        (out + k + j).initialize(to: Unicode.Scalar(UInt8(truncatingIfNeeded: word >> UInt64(8 * j))))
                    }
                    i += 8
                    k += 8
                    continue
                }
            }
            let v = scalarValue(b, at: &i)
            (out + k).initialize(to: Unicode.Scalar(v) ?? "\u{FFFD}")
            k += 1
        }
        return k
    }

    /// The value of the scalar whose first byte is `b[i]`, moving `i` past it; a sequence cut
    /// short by the end of the text is U+FFFD and ends it. Shared by everything that counts
    /// scalar offsets straight from UTF-8, so that all agree on them.
    @inline(__always)
    static func scalarValue(_ b: UnsafeBufferPointer<UInt8>, at i: inout Int) -> UInt32 {
        let n = b.count
        let c0 = UInt32(b[i])
        let v: UInt32
        if c0 < 0x80 {
            v = c0
            i += 1
        } else if c0 < 0xE0, i + 1 < n {
            v = (c0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
            i += 2
        } else if c0 < 0xF0, i + 2 < n {
            v = (c0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
            i += 3
        } else if i + 3 < n {
            v = (c0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
            i += 4
        } else {
            v = 0xFFFD
            i = n
        }
        return v
    }

    /// The number of UTF-8 continuation bytes (10xxxxxx) among the eight bytes of `word`:
    /// the bytes that start no scalar.
    @inline(__always)
    static func continuationBytes(in word: UInt64) -> Int {
        (word & 0x8080_8080_8080_8080 & ~(word << 1)).nonzeroBitCount
    }

    /// The number of scalars in `b[start..<end]` (valid UTF-8, as a `String`'s): its bytes
    /// that are not continuation bytes, counted eight at a time.
    static func scalarCount(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        guard let base = b.baseAddress else { return 0 }
        var i = start, count = end - start
        while i + 8 <= end {
            count -= continuationBytes(in: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            i += 8
        }
        while i < end {
            if b[i] & 0xC0 == 0x80 { count -= 1 }
            i += 1
        }
        return count
    }

    /// A string from a run of scalars, encoded straight into the string's UTF-8 storage.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes = 0
        for c in scalars {
            let v = c.value
            bytes += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: bytes) { out in
            var i = 0
            for c in scalars {
                let v = c.value
                if v < 0x80 {
                    out[i] = UInt8(truncatingIfNeeded: v)
                    i += 1
                } else if v < 0x800 {
                    out[i] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
                    out[i + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    i += 2
                } else if v < 0x10000 {
                    out[i] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
                    out[i + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                    out[i + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    i += 3
                } else {
                    out[i] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
                    out[i + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
                    out[i + 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                    out[i + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    i += 4
                }
            }
            return i
        }
    }
}
