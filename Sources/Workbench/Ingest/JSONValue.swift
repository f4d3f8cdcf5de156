/// A parsed JSON value that keeps what `JSONSerialization` loses: the order of an object's
/// keys (so metadata and error messages list fields as written) and a number's literal text
/// (so an id `007` or `1.50` comes out as written, not as a rounded Double).
public enum JSONValue: Sendable, Equatable {
    case object(JSONObject)
    case array([JSONValue])
    case string(String)
    /// The number's literal text, exactly as in the source.
    case number(String)
    case bool(Bool)
    case null

    /// The text of a string, number or boolean; nil for null, objects and arrays.
    public var scalarText: String? {
        switch self {
        case .string(let text), .number(let text): return text
        case .bool(let value): return value ? "true" : "false"
        case .null, .object, .array: return nil
        }
    }

    /// What kind of value this is, for messages ("an array", "a number").
    public var kindName: String {
        switch self {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        }
    }
}

/// A JSON object's members in source order. Lookups take the first member with a key.
public struct JSONObject: Sendable, Equatable {
    public struct Member: Sendable, Equatable {
        public var key: String
        public var value: JSONValue
    }

    public var members: [Member]

    public init(_ members: [Member] = []) { self.members = members }

    public subscript(key: String) -> JSONValue? {
        members.first { $0.key == key }?.value
    }

    public var keys: [String] { members.map(\.key) }
}
