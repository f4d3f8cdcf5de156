/// Every command of a workbench (the core's and the plugins'), found by name or alias.
public struct CommandRegistry: Sendable {
    public private(set) var commands: [CommandSpec] = []
    private var byName: [String: Int] = [:]

    public init() {}

    /// Adds a plugin's commands; a name or alias already taken is an error naming both.
    public mutating func register(_ command: CommandSpec, plugin: String) throws {
        var command = command
        command.plugin = plugin
        for name in [command.name] + command.aliases {
            if let other = byName[name] {
                throw WorkbenchError(.usage, "command name '\(name)' of plugin '\(plugin)' is taken by '\(commands[other].name)' of plugin '\(commands[other].plugin)'")
            }
            byName[name] = commands.count
        }
        commands.append(command)
    }

    public func command(named name: String) -> CommandSpec? {
        byName[name].map { commands[$0] }
    }

    /// Every name and alias, sorted.
    public var names: [String] { byName.keys.sorted() }

    /// The command, or an "unknown command" error with the nearest names.
    public func lookup(_ name: String, at location: SourceLocation?) throws -> CommandSpec {
        if let command = command(named: name) { return command }
        var hint = "type 'help' for the list of commands"
        if let near = Suggestions.didYouMean(name, in: names) { hint = near + " (" + hint + ")" }
        throw WorkbenchError(.unknownCommand, "unknown command '\(name)'", hint: hint, at: location)
    }

    /// The command named by one word, or by two for a command group (`eval quotes`,
    /// `eval topics`): plugins add members to a group without touching a shared command.
    public func lookup(_ name: String, then second: String?, at location: SourceLocation?, secondAt: SourceLocation?) throws -> CommandSpec {
        if let second, let command = command(named: name + " " + second) { return command }
        if let command = command(named: name) { return command }
        let members = group(name)
        guard members.isEmpty else {
            let tasks = members.map { String($0.dropFirst(name.count + 1)) }
            var hint = "\(name) takes one of: " + tasks.joined(separator: ", ")
            guard let second else {
                throw WorkbenchError(.missingArgument, "'\(name)' needs what to do", hint: hint, at: location)
            }
            if let near = Suggestions.didYouMean(second, in: tasks) { hint = near + " " + hint }
            throw WorkbenchError(.unknownCommand, "unknown command '\(name) \(second)'", hint: hint, at: secondAt ?? location)
        }
        return try lookup(name, at: location)
    }

    /// The two-word command names starting with `name` (`eval quotes` for `eval`).
    public func group(_ name: String) -> [String] {
        names.filter { $0.hasPrefix(name + " ") }
    }

    /// Commands matching a help query: exact name first, then by prefix, then by substring
    /// of the name or summary.
    public func search(_ query: String) -> [CommandSpec] {
        let q = query.lowercased()
        let sorted = commands.sorted { $0.name < $1.name }
        let prefix = sorted.filter { ([$0.name] + $0.aliases).contains { $0.lowercased().hasPrefix(q) } }
        if !prefix.isEmpty { return prefix }
        return sorted.filter { $0.name.lowercased().contains(q) || $0.summary.lowercased().contains(q) }
    }
}
