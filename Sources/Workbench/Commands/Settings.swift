/// A setting `set NAME VALUE` can change: declared as data, like commands, so `set`, its
/// completion and its errors read one description.
public struct SettingSpec: Sendable {
    public var name: String
    public var summary: String
    public var defaultValue: String
    /// Allowed values; empty means any text, checked by `validate` if given.
    public var choices: [String]
    public var validate: (@Sendable (String) -> String?)?

    public init(_ name: String, default defaultValue: String, choices: [String] = [], summary: String,
                validate: (@Sendable (String) -> String?)? = nil) {
        self.name = name
        self.summary = summary
        self.defaultValue = defaultValue
        self.choices = choices
        self.validate = validate
    }
}

/// The values of the settings in force, keyed by name.
public struct Settings: Sendable, Equatable {
    private var values: [String: String] = [:]

    public init(_ specs: [SettingSpec] = []) {
        for spec in specs { values[spec.name] = spec.defaultValue }
    }

    public subscript(name: String) -> String? {
        get { values[name] }
        set { values[name] = newValue }
    }

    public var all: [(name: String, value: String)] {
        values.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}

extension SettingSpec {
    /// The settings of the core; plugins add their own through `Plugin.settings`.
    public static let core: [SettingSpec] = [
        SettingSpec("format", default: "table", choices: OutputFormat.allCases.map(\.rawValue),
                    summary: "output format of results shown on screen"),
        SettingSpec("on-error", default: "stop", choices: ["stop", "continue"],
                    summary: "whether a script stops at its first error or goes on"),
        SettingSpec("width", default: "auto", summary: "terminal table width in columns, or auto",
                    validate: { value in
                        value == "auto" || (Int(value).map { $0 >= 20 } ?? false) ? nil : "expected auto or a whole number >= 20"
                    }),
        SettingSpec(ParallelMap.setting, default: "auto",
                    summary: "threads per-document work runs on: auto (the active cores) or a number (1: sequential); results are the same",
                    validate: { value in
                        value == "auto" || (Int(value).map { $0 >= 1 } ?? false) ? nil : "expected auto or a whole number >= 1"
                    }),
    ]
}
