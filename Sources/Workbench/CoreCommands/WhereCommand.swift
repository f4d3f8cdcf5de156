import Foundation

/// `where COL OP VALUE`: keep the rows whose cell compares true.
enum WhereCommand {
    static let operators = ["=", "!=", "<", "<=", ">", ">=", "~"]

    static let spec = CommandSpec(
        "where",
        summary: "keep rows where a column compares true: = != < <= > >= ~",
        discussion: "Numbers compare as numbers, everything else as text. `~` is a case-insensitive 'contains', or a regular expression when VALUE is written /like this/. On a list cell (e.g. entities), = and ~ hold when any item matches. Empty cells never match except with !=.",
        examples: ["docs | where words > 500", "docs | where title ~ japan", "docs | where id ~ /^000_/"],
        arguments: [
            ArgumentSpec("column", type: .column, summary: "the column to test", required: true),
            ArgumentSpec("op", type: .choice(operators), summary: "the comparison", required: true),
            ArgumentSpec("value", summary: "the value to compare with", required: true),
        ],
        input: .required
    ) { context in
        var table = try context.requireInput("where")
        let column = try context.column("column", in: table)
        let op = context.arguments.string("op") ?? "="
        let value = context.arguments.string("value") ?? ""
        let test = try predicate(op, value, location: context.arguments.location("value"))
        table.rows = table.rows.filter { row in
            let cell = column < row.values.count ? row.values[column] : .null
            if case .array(let items) = cell, op == "=" || op == "~" { return items.contains(where: test) }
            return test(cell)
        }
        return table
    }

    static func predicate(_ op: String, _ value: String, location: SourceLocation?) throws -> (Value) -> Bool {
        if op == "~" {
            if value.count >= 2, value.hasPrefix("/"), value.hasSuffix("/") {
                let pattern = String(value.dropFirst().dropLast())
                let regex: NSRegularExpression
                do {
                    regex = try NSRegularExpression(pattern: pattern)
                } catch {
                    throw WorkbenchError(.badValue, "invalid regular expression /\(pattern)/", at: location)
                }
                return { cell in
                    let text = cell.text
                    return !cell.isNull && regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                }
            }
            let needle = value.lowercased()
            return { cell in !cell.isNull && cell.text.lowercased().contains(needle) }
        }
        let number = Double(value)
        return { cell in
            if cell.isNull { return op == "!=" }
            let order: Int
            if let a = cell.number, let b = number, !(cell.isString && Double(cell.text) == nil) {
                order = a < b ? -1 : (a > b ? 1 : 0)
            } else {
                let a = cell.text
                order = a < value ? -1 : (a > value ? 1 : 0)
            }
            switch op {
            case "=": return order == 0
            case "!=": return order != 0
            case "<": return order < 0
            case "<=": return order <= 0
            case ">": return order > 0
            default: return order >= 0
            }
        }
    }
}

extension Value {
    var isString: Bool { if case .string = self { return true } else { return false } }
}
