/// Maps a structured record's fields to a document's id, text, title and date; the other
/// scalar fields become metadata.
///
/// A field named with `--id-field` and friends must exist; without one, the first of the
/// conventional names present is used (exact spelling first, then ignoring case), so that
/// common exports load without flags.
struct RecordMapper {
    /// What a record maps to, before the loader assigns a fallback id and checks duplicates.
    struct Mapped: Equatable {
        var id: String?
        var text: String
        var title: String?
        /// The date field's name and raw value, when there is one.
        var dateField: String?
        var dateValue: String?
        var metadata: [String: String]
    }

    enum Outcome: Equatable {
        case mapped(Mapped, warnings: [String])
        case skipped(SkipReason, message: String, warnings: [String])
    }

    static let defaultID = ["id", "doc"]
    static let defaultText = ["text", "body", "content"]
    static let defaultTitle = ["title", "headline"]
    static let defaultDate = ["date", "published", "publication_date", "dct"]

    let options: LoadOptions

    func map(_ record: JSONObject) -> Outcome {
        var warnings: [String] = []
        // Named only in warnings: made when one is.
        var fields: String { record.keys.isEmpty ? "(none)" : record.keys.joined(separator: ", ") }
        // At most four keys: an array is cheaper than hashing every member's key.
        var used: [String] = []

        func pick(_ explicit: String?, _ flag: String, _ defaults: [String]) -> JSONObject.Member? {
            if let explicit {
                guard let member = record.members.first(where: { $0.key == explicit }) else {
                    if flag != "text-field" {
                        warnings.append("record has no field '\(explicit)' (--\(flag)); its fields: \(fields)")
                    }
                    return nil
                }
                used.append(member.key)
                return member
            }
            let member = defaults.lazy.compactMap { name in record.members.first { $0.key == name } }.first
                ?? defaults.lazy.compactMap { name in record.members.first { RecordMapper.lowercased($0.key, is: name) } }.first
            if let member { used.append(member.key) }
            return member
        }

        func scalar(_ member: JSONObject.Member?) -> String? {
            guard let member else { return nil }
            switch member.value {
            case .object, .array:
                warnings.append("field '\(member.key)' holds \(member.value.kindName), not text; ignored")
                return nil
            default:
                return member.value.scalarText
            }
        }

        let textMember = pick(options.textField, "text-field", RecordMapper.defaultText)
        let idMember = pick(options.idField, "id-field", RecordMapper.defaultID)
        let titleMember = pick(options.titleField, "title-field", RecordMapper.defaultTitle)
        let dateMember = pick(options.dateField, "date-field", RecordMapper.defaultDate)

        guard let textMember else {
            let message = options.textField.map { "record has no field '\($0)' (--text-field); its fields: \(fields); skipped" }
                ?? "record has no text field (looked for \(RecordMapper.defaultText.joined(separator: ", "))); its fields: \(fields); skipped"
            return .skipped(.noText, message: message, warnings: warnings)
        }
        switch textMember.value {
        case .object, .array, .null:
            return .skipped(.noText, message: "field '\(textMember.key)' holds \(textMember.value.kindName), not text; skipped",
                            warnings: warnings)
        default: break
        }
        let text = textMember.value.scalarText ?? ""
        if text.allSatisfy(\.isWhitespace) {
            return .skipped(.empty, message: "field '\(textMember.key)' is empty; skipped", warnings: warnings)
        }

        var metadata: [String: String] = [:]
        for member in record.members where !used.contains(member.key) && metadata[member.key] == nil {
            if let value = member.value.scalarText { metadata[member.key] = value }
        }
        let id = scalar(idMember).flatMap { $0.isEmpty ? nil : $0 }
        let title = scalar(titleMember).flatMap { $0.isEmpty ? nil : $0 }
        let date = scalar(dateMember).flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        let mapped = Mapped(id: id, text: text, title: title, dateField: date == nil ? nil : dateMember?.key,
                            dateValue: date, metadata: metadata)
        return .mapped(mapped, warnings: warnings)
    }

    /// `key.lowercased() == name` for a lower-case ASCII `name`; without making a string
    /// when `key` is ASCII (it runs for every default name a record lacks).
    static func lowercased(_ key: String, is name: String) -> Bool {
        // Fewer bytes cannot lower-case to it: what lower-cases to ASCII letters (ASCII
        // letters, the Kelvin sign) takes at least a byte a letter.
        if key.utf8.count < name.utf8.count { return false }
        guard key.utf8.allSatisfy({ $0 < 0x80 }) else { return key.lowercased() == name }
        return key.utf8.count == name.utf8.count
            && zip(key.utf8, name.utf8).allSatisfy { byte, lower in (byte &- 0x41 < 26 ? byte | 0x20 : byte) == lower }
    }
}
