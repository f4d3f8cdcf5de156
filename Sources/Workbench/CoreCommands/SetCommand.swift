/// `set [NAME [VALUE]]`: show or change settings.
enum SetCommand {
    static let spec = CommandSpec(
        "set",
        summary: "show or change a setting (format, on-error, width, …)",
        discussion: "Without arguments lists every setting with its value. With NAME shows one; with NAME VALUE changes it for the rest of the session or script. Values are checked: an invalid one is refused and the old value stays.",
        examples: ["set", "set format json", "set on-error continue"],
        arguments: [
            ArgumentSpec("name", summary: "the setting", completion: .settings),
            ArgumentSpec("value", summary: "its new value", completion: .settingValues),
        ]
    ) { context in
        let specs = context.workbench.settingSpecs
        func listing(_ chosen: [SettingSpec]) -> Table {
            var table = Table(name: "settings", columns: [.init("name"), .init("value"), .init("default"), .init("summary")])
            for spec in chosen.sorted(by: { $0.name < $1.name }) {
                table.append([.string(spec.name), Value(context.settings[spec.name]), .string(spec.defaultValue), .string(spec.summary)])
            }
            return table
        }
        guard let name = context.arguments.string("name") else { return listing(specs) }
        guard let spec = context.workbench.settingSpec(name) else {
            var hint = "settings: " + specs.map(\.name).sorted().joined(separator: ", ")
            if let near = Suggestions.didYouMean(name, in: specs.map(\.name)) { hint = near + " " + hint }
            throw WorkbenchError(.badValue, "unknown setting '\(name)'", hint: hint, at: context.arguments.location("name"))
        }
        guard let value = context.arguments.string("value") else { return listing([spec]) }
        if !spec.choices.isEmpty && !spec.choices.contains(value) {
            throw WorkbenchError(.badValue, "invalid value '\(value)' for setting '\(name)'",
                                 hint: "valid values: " + spec.choices.joined(separator: ", "), at: context.arguments.location("value"))
        }
        if let problem = spec.validate?(value) {
            throw WorkbenchError(.badValue, "invalid value '\(value)' for setting '\(name)': \(problem)", at: context.arguments.location("value"))
        }
        context.state.settings[name] = value
        return .empty("set")
    }
}
