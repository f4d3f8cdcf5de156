import Synchronization

/// One text of the corpus: immutable text plus metadata.
///
/// The text is stored exactly as read (no trimming, no newline or Unicode normalisation) so
/// that every span's offsets match the source file.
public struct Document: Sendable, Identifiable {
    public let id: String
    public var title: String?
    /// Publication date as ISO 8601 (`2011-11-15`, or `2011-11`/`2011` when only that is known).
    public var date: String?
    /// Where it came from: a file path, with `:LINE` for a record of a JSONL/CSV file.
    public var source: String
    public let text: String
    /// `sha256:` + hex digest of the text's UTF-8 bytes, computed on first use (loading
    /// finds duplicate texts by `textKey` and comparison, without hashing every text twice).
    public var contentHash: String { contentHashCache.value(of: text) }
    private let contentHashCache: ContentHashCache
    /// A quick 64-bit hash of the text's UTF-8 bytes, for finding equal texts.
    let textKey: UInt64
    /// The number of Unicode scalars in `text`: the end offset of a whole-document span.
    public let length: Int
    /// Further fields of a structured record (`category`, `speaker`, …), as strings.
    public var metadata: [String: String]

    public init(
        id: String, title: String? = nil, date: String? = nil, source: String = "",
        text: String, metadata: [String: String] = [:]
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.text = text
        self.contentHashCache = ContentHashCache()
        (self.textKey, self.length) = Document.keyAndScalarCount(text)
        self.metadata = metadata
    }

    /// The text's `textKey` and its number of Unicode scalars (UTF-8 bytes that are not
    /// continuation bytes), in one pass over its bytes, eight at a time: every load does it.
    static func keyAndScalarCount(_ text: String) -> (UInt64, Int) {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
            var i = 0
            if let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                while i + 8 <= bytes.count {
                    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    // Continuation bytes are 10xxxxxx: count the bytes that are not.
                    let continuation = (word & 0x8080_8080_8080_8080) & ~((word << 1) & 0x8080_8080_8080_8080)
                    count += 8 - continuation.nonzeroBitCount
                    hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
                    hash ^= hash >> 29
                    i += 8
                }
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte & 0xC0 != 0x80 { count += 1 }
                tail |= UInt64(byte) << shift
                shift += 8
                i += 1
            }
            hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
            hash ^= hash >> 32
            return (hash, count)
        }
    }

    /// The span of the whole text.
    public var span: Span { Span(unchecked: id, 0, length) }

    /// The number of words: whitespace-separated runs that hold a letter or a digit.
    public var wordCount: Int {
        var count = 0
        var inWord = false
        var sawAlnum = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                if inWord && sawAlnum { count += 1 }
                inWord = false
                sawAlnum = false
            } else {
                inWord = true
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    sawAlnum = true
                }
            }
        }
        if inWord && sawAlnum { count += 1 }
        return count
    }
}

/// A document's SHA-256, made once when first asked for (documents are values; the cache is
/// shared by their copies, and the text it hashes never changes).
final class ContentHashCache: Sendable {
    private let cache = Mutex<String?>(nil)

    func value(of text: String) -> String {
        if let known = cache.withLock({ $0 }) { return known }
        let hash = "sha256:" + SHA256.hexDigest(ofUTF8: text)
        cache.withLock { $0 = hash }
        return hash
    }
}
