/// One argument of a command, as data: help, binding, errors and completion read it.
public struct ArgumentSpec: Sendable {
    public enum Kind: Sendable, Equatable {
        /// A bare word in order: `show DOC`.
        case positional
        /// `--name VALUE` or `--name=VALUE`.
        case option
        /// `--name`, no value.
        case flag
        /// A literal word followed by its value: `count by COL`.
        case keyword
    }

    public enum ValueType: Sendable, Equatable {
        case string, int, double, path, document, column, command
        case choice([String])

        var label: String {
            switch self {
            case .string: return "text"
            case .int: return "a whole number"
            case .double: return "a number"
            case .path: return "a path"
            case .document: return "a document id"
            case .column: return "a column name"
            case .command: return "a command name"
            case .choice(let values): return "one of " + values.joined(separator: ", ")
            }
        }
    }

    /// Where tab completion finds candidates for this argument's value.
    public enum Completion: Sendable, Equatable {
        case none, choices, files, documents, commands, columns, settings, custom([String])
        /// The choices of the setting named by the previous word (`set format <TAB>`).
        case settingValues
    }

    public var name: String
    public var kind: Kind
    public var type: ValueType
    public var summary: String
    public var defaultValue: String?
    public var isRequired: Bool
    /// A positional that takes every remaining word, or an option that may repeat.
    public var isRepeated: Bool
    public var completion: Completion

    public init(
        _ name: String, _ kind: Kind = .positional, type: ValueType = .string, summary: String,
        default defaultValue: String? = nil, required: Bool = false, repeated: Bool = false,
        completion: Completion? = nil
    ) {
        self.name = name
        self.kind = kind
        self.type = type
        self.summary = summary
        self.defaultValue = defaultValue
        self.isRequired = required
        self.isRepeated = repeated
        self.completion = completion ?? ArgumentSpec.defaultCompletion(for: type)
    }

    static func defaultCompletion(for type: ValueType) -> Completion {
        switch type {
        case .choice: return .choices
        case .path: return .files
        case .document: return .documents
        case .column: return .columns
        case .command: return .commands
        default: return .none
        }
    }

    /// How the argument is written in a usage line: `DOC`, `[--k N]`, `[--chart]`, `by COL`.
    public var usage: String {
        let meta = name.uppercased().replacingOccurrences(of: "-", with: "_")
        var text: String
        switch kind {
        case .positional:
            if case .choice(let values) = type { text = values.joined(separator: "|") } else { text = meta }
            if isRepeated { text += "..." }
        case .option: text = "--\(name) " + valuePlaceholder
        case .flag: text = "--\(name)"
        case .keyword: text = "\(name) " + valuePlaceholder + (isRepeated ? "..." : "")
        }
        if !isRequired { text = "[" + text + "]" }
        return text
    }

    private var valuePlaceholder: String {
        if case .choice(let values) = type { return values.joined(separator: "|") }
        switch type {
        case .int, .double: return "N"
        case .path: return "FILE"
        case .document: return "DOC"
        case .column: return "COL"
        default: return name.uppercased().replacingOccurrences(of: "-", with: "_")
        }
    }

    /// Checks one value against the type; returns an error message or nil.
    func check(_ value: String) -> String? {
        switch type {
        case .int: return Int(value) == nil ? "expected a whole number, got '\(value)'" : nil
        case .double: return Double(value) == nil ? "expected a number, got '\(value)'" : nil
        case .choice(let values): return values.contains(value) ? nil : "'\(value)' is not a valid value"
        default: return nil
        }
    }
}
