/// Binds a command's words to its argument specs, checking every value before anything runs.
public struct ArgumentBinder {
    /// A word after variable expansion.
    public struct Expanded: Sendable {
        public var text: String
        public var quoted: Bool
        public var location: SourceLocation?
        public init(_ text: String, quoted: Bool = false, location: SourceLocation? = nil) {
            self.text = text
            self.quoted = quoted
            self.location = location
        }
    }

    public static func bind(_ words: [Expanded], to command: CommandSpec, commandLocation: SourceLocation? = nil) throws -> BoundArguments {
        var bound = BoundArguments()
        let positionals = command.arguments.filter { $0.kind == .positional }
        let keywords = command.arguments.filter { $0.kind == .keyword }
        let options = command.allOptions
        var positionalIndex = 0
        var activeKeyword: ArgumentSpec?
        var index = 0

        func store(_ spec: ArgumentSpec, _ word: Expanded) throws {
            if let problem = spec.check(word.text) {
                var hint: String?
                if case .choice(let values) = spec.type { hint = "valid values: " + values.joined(separator: ", ") }
                throw WorkbenchError(.badValue, "invalid value '\(word.text)' for \(describe(spec)) of '\(command.name)'"
                                     + (problem.hasPrefix("expected") ? ": " + problem : ""),
                                     hint: hint, at: word.location)
            }
            if bound.given.contains(spec.name) && !spec.isRepeated {
                throw WorkbenchError(.badValue, "\(describe(spec)) of '\(command.name)' is given twice",
                                     hint: "give it once; see 'help \(command.name)'", at: word.location)
            }
            bound.values[spec.name, default: []].append(word.text)
            bound.valueLocations[spec.name, default: []].append(word.location)
            bound.given.insert(spec.name)
            if bound.locations[spec.name] == nil, let location = word.location { bound.locations[spec.name] = location }
        }

        while index < words.count {
            let word = words[index]
            if !word.quoted, word.text.hasPrefix("--"), word.text.count > 2 {
                activeKeyword = nil
                var name = String(word.text.dropFirst(2))
                var inlineValue: String?
                if let eq = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: eq)...])
                    name = String(name[..<eq])
                }
                guard let spec = options.first(where: { $0.name == name }) else {
                    var hint = command.name.hasPrefix("$") ? "a saved table takes only --format" : "see 'help \(command.name)'"
                    if let near = Suggestions.didYouMean("--" + name, in: options.map { "--" + $0.name }) { hint = near + " " + hint }
                    throw WorkbenchError(.unknownOption, "unknown option '--\(name)' for '\(command.name)'", hint: hint, at: word.location)
                }
                if spec.kind == .flag {
                    if inlineValue != nil {
                        throw WorkbenchError(.badValue, "option --\(name) of '\(command.name)' takes no value", at: word.location)
                    }
                    bound.flags.insert(name)
                    index += 1
                    continue
                }
                if let inlineValue {
                    try store(spec, Expanded(inlineValue, quoted: true, location: word.location))
                    index += 1
                } else {
                    guard index + 1 < words.count else {
                        throw WorkbenchError(.missingArgument, "option --\(name) of '\(command.name)' needs a value (\(spec.type.label))",
                                             hint: "usage: \(command.usage)", at: word.location)
                    }
                    try store(spec, words[index + 1])
                    index += 2
                }
                continue
            }
            if !word.quoted, let keyword = keywords.first(where: { $0.name == word.text }), bound.values[keyword.name] == nil {
                guard index + 1 < words.count else {
                    throw WorkbenchError(.missingArgument, "'\(keyword.name)' of '\(command.name)' needs a value (\(keyword.type.label))",
                                         hint: "usage: \(command.usage)", at: word.location)
                }
                try store(keyword, words[index + 1])
                activeKeyword = keyword.isRepeated ? keyword : nil
                index += 2
                continue
            }
            if let keyword = activeKeyword {
                try store(keyword, word)
                index += 1
                continue
            }
            if positionalIndex < positionals.count {
                let spec = positionals[positionalIndex]
                try store(spec, word)
                if !spec.isRepeated { positionalIndex += 1 }
                index += 1
                continue
            }
            let takes = positionals.isEmpty ? "takes no arguments" : "takes " + positionals.map(\.usage).joined(separator: " ")
            throw WorkbenchError(.tooManyArguments, "unexpected argument '\(word.text)': '\(command.name)' \(takes)",
                                 hint: "usage: \(command.usage)", at: word.location)
        }

        for spec in command.arguments where bound.values[spec.name] == nil && !bound.flags.contains(spec.name) {
            if spec.isRequired && !bound.flags.contains("help") {
                throw WorkbenchError(.missingArgument, "'\(command.name)' needs \(describe(spec)) (\(spec.type.label))",
                                     hint: "usage: \(command.usage)", at: commandLocation)
            }
            if let value = spec.defaultValue { bound.values[spec.name] = [value] }
        }
        return bound
    }

    private static func describe(_ spec: ArgumentSpec) -> String {
        switch spec.kind {
        case .option, .flag: return "--" + spec.name
        case .keyword: return "'\(spec.name)'"
        case .positional: return spec.name.uppercased().replacingOccurrences(of: "-", with: "_")
        }
    }
}
