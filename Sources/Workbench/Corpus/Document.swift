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
    /// The text. A document reopened from a workspace reads it on first use, with every
    /// other text of that workspace (`StoredTexts`): a command that reads none opens faster.
    public var text: String {
        switch body {
        case .loaded(let text, _): return text
        case .stored(let texts, let position): return texts.text(at: position)
        }
    }
    private let body: Body
    /// `sha256:` + hex digest of the text's UTF-8 bytes, computed on first use (loading
    /// finds duplicate texts by `textKey` and comparison, without hashing every text twice).
    public var contentHash: String { contentHashCache.value(of: text) }
    private let contentHashCache: ContentHashCache
    /// A quick 64-bit hash of the text's UTF-8 bytes, for finding equal texts.
    var textKey: UInt64 {
        switch body {
        case .loaded(_, let key): return key
        case .stored(let texts, let position): return texts.key(at: position)
        }
    }

    /// The text itself, or where to read it (`StoredTexts`, which shares it among copies).
    private enum Body: Sendable {
        case loaded(String, key: UInt64)
        case stored(StoredTexts, position: Int)
    }
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
        self.contentHashCache = ContentHashCache()
        let (key, length) = Document.keyAndScalarCount(text)
        self.body = .loaded(text, key: key)
        self.length = length
        self.metadata = metadata
    }

    /// A document whose text (of `length` Unicode scalars) is read from `texts` on first use.
    init(id: String, title: String?, date: String?, source: String, length: Int, metadata: [String: String],
         texts: StoredTexts, position: Int) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.contentHashCache = ContentHashCache()
        self.body = .stored(texts, position: position)
        self.length = length
        self.metadata = metadata
    }

    /// The texts this document reads on first use, when it has not read them yet.
    var unreadTexts: StoredTexts? {
        if case .stored(let texts, _) = body, !texts.isRead { return texts }
        return nil
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
                    count += 8 - ScalarDecoder.continuationBytes(in: word)
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
