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

/// What a load did, for its summary line.
public struct LoadSummary: Sendable, Equatable {
    public var loaded = 0
    /// Reasons for skipping, with how many documents or files each.
    public var skipped: [String: Int] = [:]

    public var line: String {
        let total = skipped.values.reduce(0, +)
        var text = "loaded \(loaded) document\(loaded == 1 ? "" : "s")"
        if total == 0 { return text + ", skipped none" }
        text += ", skipped \(total): " + skipped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        return text
    }
}
