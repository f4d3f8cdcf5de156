/// JSON output: an array of objects keyed by column name, keys sorted, numbers as numbers,
/// null for missing values. A public contract other tools parse: keep it stable.
public enum JSONRenderer {
    static func render(_ table: Table) -> String {
        if table.rows.isEmpty { return "[]\n" }
        return "[\n" + table.rows.map { "  " + object($0, table) }.joined(separator: ",\n") + "\n]\n"
    }

    /// One object per line (JSON Lines).
    static func renderLines(_ table: Table) -> String {
        table.rows.map { object($0, table) + "\n" }.joined()
    }

    private static func object(_ row: Table.Row, _ table: Table) -> String {
        let pairs = table.columns.enumerated().map { (i, column) in
            (column.name, i < row.values.count ? row.values[i] : Value.null)
        }.sorted { $0.0 < $1.0 }
        return "{" + pairs.map { quote($0.0) + ": " + encode($0.1) }.joined(separator: ", ") + "}"
    }

    static func encode(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return d.isFinite ? "\(d)" : "null"
        case .string(let s): return quote(s)
        case .array(let items): return "[" + items.map(encode).joined(separator: ", ") + "]"
        }
    }

    /// A JSON string literal (also a valid YAML double-quoted scalar: plugins writing YAML
    /// use it too).
    public static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20:
                let hex = String(c.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
