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
    /// `sha256:` + hex digest of the text's UTF-8 bytes.
    public let contentHash: String
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
        self.contentHash = "sha256:" + SHA256.hexDigest(ofUTF8: text)
        self.length = Document.scalarCount(text)
        self.metadata = metadata
    }

    /// Unicode scalars in a string: its UTF-8 bytes that are not continuation bytes. A byte
    /// loop is several times faster than walking `unicodeScalars`, and every load does it.
    static func scalarCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
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
