/// The table shown at the terminal: aligned columns, numbers right-aligned, long cells cut
/// with "…" so that a row fits the width; rows never wrap.
struct TerminalTableRenderer {
    /// Total width available; nil means no limit (files, pipes without a set width).
    let width: Int?

    func render(_ table: Table) -> String {
        let textColumn = table.columns.firstIndex { $0.name == "text" } ?? max(0, table.columns.count - 1)
        func cell(_ row: Table.Row, _ i: Int) -> String { i < row.values.count ? row.values[i].text : "" }
        switch table.presentation {
        case .lines:
            return table.rows.map { TerminalTableRenderer.safeLines(cell($0, textColumn)) + "\n" }.joined()
        case .numbered:
            return table.rows.map { "[\(cell($0, 0))] " + TerminalTableRenderer.safeLines(cell($0, textColumn)) + "\n" }
                .joined(separator: "\n")
        case .grid:
            break
        }
        guard !table.columns.isEmpty else { return "" }
        let cells: [[String]] = table.rows.map { row in
            table.columns.indices.map { i in
                let text = i < row.values.count ? row.values[i].text : ""
                return TerminalTableRenderer.oneLine(text)
            }
        }
        var widths = table.columns.indices.map { i in
            max(DisplayWidth.of(table.columns[i].name), cells.map { DisplayWidth.of($0[i]) }.max() ?? 0)
        }
        if let width { widths = TerminalTableRenderer.fit(widths, into: width) }
        let numeric = table.columns.map(MarkdownRenderer.isNumeric)
        func line(_ values: [String], header: Bool) -> String {
            values.indices.map { i in
                let text = DisplayWidth.truncate(values[i], to: widths[i])
                let pad = String(repeating: " ", count: max(0, widths[i] - DisplayWidth.of(text)))
                return numeric[i] && !header ? pad + text : text + pad
            }.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        var out = line(table.columnNames, header: true)
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells { out += line(row, header: false) }
        let count = table.rows.count
        out += "(\(count) row\(count == 1 ? "" : "s"))\n"
        return out
    }

    /// Line breaks and tabs shown as spaces so that one row stays one line; other control
    /// characters (a document could hold terminal escapes) shown as U+FFFD.
    static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousCR { previousCR = false; continue }
            previousCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                out.append(" ")
            } else {
                out.append(isControl(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return String(out)
    }

    /// Keeps line breaks and tabs, replaces other control characters (for plain-line output).
    static func safeLines(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && $0 != "\n" && $0 != "\t" && $0 != "\r" }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isControl(scalar) && scalar != "\n" && scalar != "\t" && scalar != "\r" ? "\u{FFFD}" : scalar)
        }
        return String(out)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// Shrinks the widest columns first until the row (with 2-space gaps) fits.
    static func fit(_ widths: [Int], into total: Int) -> [Int] {
        var widths = widths
        let gaps = 2 * max(0, widths.count - 1)
        while widths.reduce(0, +) + gaps > total {
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 4 else { break }
            widths[widest] -= 1
        }
        return widths
    }
}

/// Terminal cell widths: wide East Asian characters take two cells, combining marks none.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + cells($1) }
    }

    static func cells(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark || v == 0x200B { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }

    /// Cuts text to at most `width` cells, ending in "…" when cut.
    static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = of(String(character))
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
