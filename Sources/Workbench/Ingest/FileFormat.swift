/// The formats `load` reads, chosen by file extension alone.
///
/// Extension-based dispatch keeps loading predictable: the same file always loads the
/// same way, whatever its content looks like.
enum FileFormat: String, Sendable, CaseIterable {
    case text, markdown, html, json, jsonl, csv, tsv

    /// The format for a path's extension (case-insensitive), or nil when unsupported.
    init?(path: String) {
        switch FileFormat.pathExtension(path).lowercased() {
        case "txt": self = .text
        case "md": self = .markdown
        case "html", "htm": self = .html
        case "json": self = .json
        case "jsonl": self = .jsonl
        case "csv": self = .csv
        case "tsv": self = .tsv
        default: return nil
        }
    }

    /// Whether the file holds records (many documents) rather than one document.
    var isStructured: Bool {
        switch self {
        case .text, .markdown, .html: return false
        case .json, .jsonl, .csv, .tsv: return true
        }
    }

    /// The list shown when a file's extension is not one of ours.
    static let supportedList = ".txt .md .html .htm .json .jsonl .csv .tsv"

    /// The extension of the last path component, without the dot ("" when none; a leading
    /// dot as in `.profile` is not an extension).
    static func pathExtension(_ path: String) -> String {
        let name = lastComponent(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    /// A path without its extension (used for document ids, which must not depend on format).
    static func deletingExtension(_ path: String) -> String {
        let ext = pathExtension(path)
        return ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
    }

    static func lastComponent(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        if let slash = trimmed.lastIndex(of: "/") { return String(trimmed[trimmed.index(after: slash)...]) }
        return String(trimmed)
    }
}
