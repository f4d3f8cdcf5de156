/// CSV (RFC 4180: fields with the separator, quotes or line breaks are quoted, quotes
/// doubled) and TSV (tabs and line breaks inside a field become spaces: TSV has no quoting).
struct DelimitedRenderer {
    let separator: Character

    func render(_ table: Table) -> String {
        var out = table.columnNames.map(field).joined(separator: String(separator)) + "\r\n"
        for row in table.rows {
            out += table.columns.indices.map { i in
                field(i < row.values.count ? row.values[i].text : "")
            }.joined(separator: String(separator)) + "\r\n"
        }
        if separator == "\t" { out = out.replacingOccurrences(of: "\r\n", with: "\n") }
        return out
    }

    private func field(_ text: String) -> String {
        if separator == "\t" {
            return String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" ? " " : $0 })
        }
        if text.contains(separator) || text.contains("\"") || text.contains("\n") || text.contains("\r") || text.contains("\r\n") {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
}
