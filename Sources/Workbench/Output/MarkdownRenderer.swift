/// A GitHub-flavoured Markdown table; pipes escaped, line breaks as `<br>`.
enum MarkdownRenderer {
    static func render(_ table: Table) -> String {
        guard !table.columns.isEmpty else { return "" }
        func cell(_ s: String) -> String {
            s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\r\n", with: "<br>")
                .replacingOccurrences(of: "\n", with: "<br>")
        }
        var lines = ["| " + table.columnNames.map(cell).joined(separator: " | ") + " |"]
        lines.append("|" + table.columns.map { isNumeric($0) ? " ---: |" : " --- |" }.joined())
        for row in table.rows {
            lines.append("| " + table.columns.indices.map { cell($0 < row.values.count ? row.values[$0].text : "") }
                .joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func isNumeric(_ column: Table.Column) -> Bool { column.type == .int || column.type == .double }
}
