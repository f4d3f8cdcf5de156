/// Field mapping for structured formats; nil means "try the defaults".
public struct LoadOptions: Sendable, Equatable {
    public var idField: String?
    public var textField: String?
    public var titleField: String?
    public var dateField: String?

    public init(idField: String? = nil, textField: String? = nil, titleField: String? = nil, dateField: String? = nil) {
        self.idField = idField
        self.textField = textField
        self.titleField = titleField
        self.dateField = dateField
    }
}

/// Why something was not loaded: the words of the summary line.
///
/// Fixed names (rather than free text) so that the summary groups like with like and scripts
/// can rely on them.
enum SkipReason: String, Sendable, CaseIterable {
    /// A NUL byte in the first 8 KB.
    case binary
    case duplicateContent = "duplicate content"
    case duplicateID = "duplicate id"
    /// An empty file, a file or record with only whitespace, an HTML page without visible text.
    case empty
    /// Unparseable JSON, a JSONL line, a CSV row with the wrong number of fields, an
    /// unterminated quote.
    case malformed
    /// A path that does not exist, or a glob that matches nothing.
    case missing
    /// A record without a text field.
    case noText = "no text"
    /// A file that exists but cannot be read.
    case unreadable
    /// A file whose extension is not a supported format.
    case unsupported
}

/// What a load did, for its summary line.
public struct LoadSummary: Sendable, Equatable {
    public var loaded = 0
    /// Reasons for skipping, with how many documents or files each.
    public var skipped: [String: Int] = [:]

    public init(loaded: Int = 0, skipped: [String: Int] = [:]) {
        self.loaded = loaded
        self.skipped = skipped
    }

    mutating func skip(_ reason: SkipReason, _ count: Int = 1) {
        skipped[reason.rawValue, default: 0] += count
    }

    /// `loaded 3 documents, skipped 4: 1 binary, 1 duplicate content, 1 duplicate id, 1 empty`
    /// (reasons in alphabetical order), or `loaded 3 documents, skipped none`.
    public var line: String {
        let total = skipped.values.reduce(0, +)
        var text = "loaded \(loaded) document\(loaded == 1 ? "" : "s")"
        if total == 0 { return text + ", skipped none" }
        text += ", skipped \(total): " + skipped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        return text
    }
}
