/// Help texts and the generated `docs/commands.md`, all read from the command values.
public enum HelpPages {
    /// The full help page of one command, as lines.
    /// `columns`: what plugins add to its table (`Workbench.columnProviders(for:)`).
    public static func page(for command: CommandSpec, columns: [ColumnProvider] = []) -> Table {
        .lines("help", lines(for: command, columns: columns))
    }

    static func lines(for command: CommandSpec, columns: [ColumnProvider] = []) -> [String] {
        var lines = ["\(command.name) — \(command.summary)", "", "usage: \(command.usage)"]
        if !command.aliases.isEmpty { lines.append("aliases: " + command.aliases.joined(separator: ", ")) }
        switch command.input {
        case .required: lines.append("input: reads the table piped into it")
        case .optional: lines.append("input: works alone or on a piped table")
        case .none: break
        }
        if !command.arguments.isEmpty {
            lines.append("")
            lines.append("arguments:")
            let left = command.arguments.map { argumentLabel($0) }
            let pad = (left.map(\.count).max() ?? 0) + 2
            for (label, argument) in zip(left, command.arguments) {
                lines.append("  " + label.padding(toLength: pad, withPad: " ", startingAt: 0) + argumentDescription(argument))
            }
        }
        if !command.requires.isEmpty {
            lines.append("")
            lines.append("requires: " + command.requires.map(\.name).joined(separator: ", ") + " (computed when needed)")
        }
        if !command.discussion.isEmpty {
            lines.append("")
            lines.append(command.discussion)
        }
        if !columns.isEmpty {
            lines.append("")
            lines.append("columns added by plugins:")
            let pad = (columns.map(\.column.name.count).max() ?? 0) + 2
            for provider in columns {
                lines.append("  " + provider.column.name.padding(toLength: pad, withPad: " ", startingAt: 0)
                             + provider.summary + " (plugin \(provider.plugin))")
            }
        }
        if !command.examples.isEmpty {
            lines.append("")
            lines.append("examples:")
            lines += command.examples.map { "  " + $0 }
        }
        return lines
    }

    private static func argumentLabel(_ argument: ArgumentSpec) -> String {
        var usage = argument.usage
        if usage.hasPrefix("[") && usage.hasSuffix("]") { usage = String(usage.dropFirst().dropLast()) }
        return usage
    }

    private static func argumentDescription(_ argument: ArgumentSpec) -> String {
        var text = argument.summary
        if let value = argument.defaultValue { text += " (default \(value))" }
        if argument.isRequired { text += " (required)" }
        return text
    }

    /// `help`: every command with its summary.
    public static func overview(_ registry: CommandRegistry) -> Table {
        var table = Table(name: "help", columns: [.init("command"), .init("plugin"), .init("summary")])
        for command in registry.commands.sorted(by: { $0.name < $1.name }) {
            let name = command.aliases.isEmpty ? command.name : command.name + " (" + command.aliases.joined(separator: ", ") + ")"
            table.append([.string(name), .string(command.plugin), .string(command.summary)])
        }
        return table
    }

    /// The Markdown reference of every command, written to docs/commands.md.
    public static func markdown(_ registry: CommandRegistry, columns: (String) -> [ColumnProvider] = { _ in [] }) -> String {
        var out = "# wb commands\n\n"
        out += "Generated from the command values by `scripts/gen-docs`; do not edit by hand.\n"
        out += "Every command also takes `--format table|json|jsonl|csv|tsv|markdown` and `--help`, and its result can be written to a file with `> FILE`.\n\n"
        let commands = registry.commands.sorted { ($0.plugin == "core" ? "" : $0.plugin, $0.name) < ($1.plugin == "core" ? "" : $1.plugin, $1.name) }
        out += "| command | plugin | summary |\n| --- | --- | --- |\n"
        for command in commands {
            out += "| [`\(command.name)`](#\(anchor(command.name))) | \(command.plugin) | \(command.summary) |\n"
        }
        for command in commands {
            out += "\n## \(command.name)\n\n"
            out += command.summary.prefix(1).uppercased() + command.summary.dropFirst() + ".\n\n"
            out += "```\n" + lines(for: command, columns: columns(command.name)).dropFirst(2).joined(separator: "\n") + "\n```\n"
        }
        return out
    }

    private static func anchor(_ name: String) -> String {
        name.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }
}
