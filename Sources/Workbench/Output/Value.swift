/// One cell of a table: the closed set of types that flow between commands and into JSON.
public enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([Value])

    /// The value as text, the way the terminal table and CSV show it.
    public var text: String {
        switch self {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return Value.format(d)
        case .string(let s): return s
        case .array(let items): return items.map(\.text).joined(separator: ", ")
        }
    }

    /// A number's value, when this is a number (or a string that reads as one).
    public var number: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        case .string(let s): return Double(s)
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    public var isNull: Bool { if case .null = self { return true } else { return false } }

    /// Shortest text that reads back as the same double; integers without ".0" are avoided
    /// only for whole numbers stored as doubles, which print as "3.0" to keep their type visible.
    static func format(_ d: Double) -> String {
        if d.isNaN || d.isInfinite { return d.isNaN ? "nan" : (d > 0 ? "inf" : "-inf") }
        return "\(d)"
    }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(nilLiteral: ()) { self = .null }
}

extension Value {
    /// Optional string to value: nil becomes `.null`.
    public init(_ string: String?) { self = string.map(Value.string) ?? .null }

    /// Total order used by `sort`: nulls last, numbers before strings, then by value.
    public static func ordered(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return false
        case (.null, _): return false
        case (_, .null): return true
        default: break
        }
        if let x = a.sortNumber, let y = b.sortNumber { return x < y }
        if a.sortNumber != nil { return true }
        if b.sortNumber != nil { return false }
        return a.text < b.text
    }

    private var sortNumber: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }
}
