/// The formats any command's result can be written in.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, json, jsonl, csv, tsv, markdown

    /// The format a file name asks for, by its extension.
    public static func forFile(_ path: String) -> OutputFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "json": return .json
        case "jsonl", "ndjson": return .jsonl
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "md", "markdown": return .markdown
        case "txt": return .table
        default: return nil
        }
    }

    /// Renders a table. `width` limits the terminal table (nil: no limit).
    public func render(_ table: Table, width: Int? = nil) -> String {
        switch self {
        case .table: return TerminalTableRenderer(width: width).render(table)
        case .json: return JSONRenderer.render(table)
        case .jsonl: return JSONRenderer.renderLines(table)
        case .csv: return DelimitedRenderer(separator: ",").render(table)
        case .tsv: return DelimitedRenderer(separator: "\t").render(table)
        case .markdown: return MarkdownRenderer.render(table)
        }
    }
}
