import Foundation

/// Tab completion for the wb language, driven only by the command values: the registry's
/// names, each command's `ArgumentSpec`s (kind, type, `completion`), the settings, the
/// session's documents and variables. No terminal here: the REPL asks, then edits its line.
public struct Completer: Sendable {
    /// What to do with the word at the cursor.
    public struct Result: Sendable, Equatable {
        /// Every candidate as the whole word it would become (`--format`, `seeds/one.txt`).
        public var candidates: [String]
        /// Text to insert at the cursor: the rest of the candidates' common prefix, escaped
        /// for the word's quoting; with one candidate also the closing quote and a space
        /// (not after a folder's `/`, so the path can go on).
        public var insertion: String
        /// The candidates as listed to the user: file names without their folder, option
        /// values without `--name=`.
        public var listing: [String]

        public init(candidates: [String], insertion: String, listing: [String]) {
            self.candidates = candidates
            self.insertion = insertion
            self.listing = listing
        }

        public static let none = Result(candidates: [], insertion: "", listing: [])
    }

    public let workbench: Workbench
    public let state: SessionState
    /// Relative paths are completed from here.
    public let currentDirectory: String
    /// What `~` stands for.
    public let homeDirectory: String

    public init(workbench: Workbench, state: SessionState, currentDirectory: String, homeDirectory: String) {
        self.workbench = workbench
        self.state = state
        self.currentDirectory = currentDirectory
        self.homeDirectory = homeDirectory
    }

    /// A completer for the session as it is now, with the process's directory and `$HOME`.
    public init(session: Session) {
        let environment = ProcessInfo.processInfo.environment
        self.init(workbench: session.workbench, state: session.state,
                  currentDirectory: FileManager.default.currentDirectoryPath,
                  homeDirectory: environment["HOME"] ?? NSHomeDirectory())
    }

    /// Completes the word at the end of `text`, which is the statement typed so far up to
    /// the cursor (earlier lines of a continued statement included).
    public func complete(_ text: String) -> Result {
        guard let scan = CompletionScan(text) else { return .none }
        let partial = scan.partial
        if scan.afterRedirect {
            return scan.wordsAfterRedirect == 0 ? finish(files(partial), partial) : .none
        }
        var words = scan.words
        var variables: VariableKinds = scan.previousStages.isEmpty ? .tables : .none
        if scan.previousStages.isEmpty, let first = words.first, !first.quoted, first.text == "let" {
            // `let NAME = …`: the value starts a fresh statement that may also be text.
            guard words.count >= 3, words[2].text == "=" else { return .none }
            words.removeFirst(3)
            variables = .all
        }
        guard let nameWord = words.first else {
            return finish(commandPosition(partial, variables: variables), partial)
        }
        guard !nameWord.hasVariable else { return .none }
        var nameLength = 1
        var found = workbench.registry.command(named: nameWord.text)
        let members = workbench.registry.group(nameWord.text)
        if !members.isEmpty {
            // A command group (`eval quotes`): the second word names the member.
            guard words.count >= 2 else {
                return finish(members.map { Candidate(String($0.dropFirst(nameWord.text.count + 1))) }, partial)
            }
            if let member = workbench.registry.command(named: nameWord.text + " " + words[1].text) {
                found = member
                nameLength = 2
            }
        }
        guard let command = found else { return .none }
        let context = ArgumentContext(command: command, words: words.dropFirst(nameLength))
        return finish(arguments(context, partial, previousStages: scan.previousStages), partial)
    }

    // MARK: Contexts

    private enum VariableKinds { case none, tables, all }

    /// A word that is going to be listed: what it becomes and how it is shown.
    private struct Candidate {
        var word: String
        var label: String
        /// A folder: completing it to the end adds no space, so the path can go on.
        var continues = false

        init(_ word: String, label: String? = nil, continues: Bool = false) {
            self.word = word
            self.label = label ?? word
            self.continues = continues
        }
    }

    /// Command names and aliases; at the start of a statement also the variables.
    private func commandPosition(_ partial: CompletionScan.Word, variables: VariableKinds) -> [Candidate] {
        if let prefix = partial.variablePrefix { return variableCandidates(prefix, kinds: variables) }
        // A two-word group (`eval quotes`, `eval times`) is offered by its first word.
        let names = Set(workbench.registry.names.map { $0.split(separator: " ").first.map(String.init) ?? $0 })
        var candidates = names.sorted().map { Candidate($0) }
        if partial.text.isEmpty && !partial.quoted { candidates += variableCandidates("", kinds: variables) }
        return candidates
    }

    private func variableCandidates(_ prefix: String, kinds: VariableKinds) -> [Candidate] {
        state.variables.keys.sorted().filter { name in
            guard name.hasPrefix(prefix) else { return false }
            switch kinds {
            case .none: return false
            case .all: return true
            case .tables:
                if case .table? = state.variables[name] { return true }
                return false
            }
        }.map { Candidate("$" + $0) }
    }

    /// Where the words after the command name leave the argument being typed: the same walk
    /// as `ArgumentBinder`, without checking anything.
    private struct ArgumentContext {
        let command: CommandSpec
        /// An option or keyword that is waiting for its value.
        var pending: ArgumentSpec?
        /// A repeated keyword taking every following word (`select`-like keywords).
        var activeKeyword: ArgumentSpec?
        var positionalIndex = 0
        var given: Set<String> = []
        var values: [String: String] = [:]
        /// Every word given to a repeated positional (`help eval …`), in order.
        var repeatedValues: [String: [String]] = [:]

        init<Words: Sequence<CompletionScan.Word>>(command: CommandSpec, words: Words) {
            self.command = command
            let positionals = command.arguments.filter { $0.kind == .positional }
            let keywords = command.arguments.filter { $0.kind == .keyword }
            for word in words {
                if let spec = pending {
                    record(spec, word.text)
                    pending = nil
                    continue
                }
                if !word.quoted, word.text.hasPrefix("--"), word.text.count > 2 {
                    activeKeyword = nil
                    let body = word.text.dropFirst(2)
                    let name = String(body.prefix { $0 != "=" })
                    given.insert(name)
                    guard let spec = command.allOptions.first(where: { $0.name == name }) else { continue }
                    if spec.kind == .option && !body.contains("=") { pending = spec }
                    continue
                }
                if !word.quoted, let keyword = keywords.first(where: { $0.name == word.text }), !given.contains(keyword.name) {
                    given.insert(keyword.name)
                    pending = keyword
                    activeKeyword = keyword.isRepeated ? keyword : nil
                    continue
                }
                if let keyword = activeKeyword {
                    record(keyword, word.text)
                } else if positionalIndex < positionals.count {
                    record(positionals[positionalIndex], word.text)
                    if !positionals[positionalIndex].isRepeated { positionalIndex += 1 }
                }
            }
        }

        private mutating func record(_ spec: ArgumentSpec, _ value: String) {
            given.insert(spec.name)
            values[spec.name] = value
            if spec.isRepeated { repeatedValues[spec.name, default: []].append(value) }
        }

        var positional: ArgumentSpec? {
            let positionals = command.arguments.filter { $0.kind == .positional }
            return positionalIndex < positionals.count ? positionals[positionalIndex] : nil
        }

        /// The value given to the positional before `spec` (`set NAME <VALUE>`).
        func previousPositionalValue(_ spec: ArgumentSpec) -> String? {
            let positionals = command.arguments.filter { $0.kind == .positional }
            guard let index = positionals.firstIndex(where: { $0.name == spec.name }), index > 0 else { return nil }
            return values[positionals[index - 1].name]
        }
    }

    private func arguments(_ context: ArgumentContext, _ partial: CompletionScan.Word,
                           previousStages: [[CompletionScan.Word]]) -> [Candidate] {
        if let spec = context.pending {
            return values(of: spec, context, partial, previousStages: previousStages)
        }
        let bare = !partial.quoted
        if bare, partial.text.hasPrefix("-") {
            if partial.text.hasPrefix("--"), let eq = partial.text.firstIndex(of: "=") {
                let name = String(partial.text[partial.text.index(partial.text.startIndex, offsetBy: 2)..<eq])
                guard let spec = context.command.allOptions.first(where: { $0.name == name && $0.kind == .option }) else { return [] }
                let prefix = "--" + name + "="
                var valuePartial = partial
                valuePartial.text = String(partial.text[partial.text.index(after: eq)...])
                return values(of: spec, context, valuePartial, previousStages: previousStages)
                    .map { Candidate(prefix + $0.word, label: $0.label, continues: $0.continues) }
            }
            return context.command.allOptions
                .filter { $0.isRepeated || !context.given.contains($0.name) }
                .map { Candidate("--" + $0.name) }
        }
        if let prefix = partial.variablePrefix { return variableCandidates(prefix, kinds: .all) }
        var candidates: [Candidate] = []
        if let keyword = context.activeKeyword {
            candidates = values(of: keyword, context, partial, previousStages: previousStages)
        } else if let spec = context.positional {
            candidates = values(of: spec, context, partial, previousStages: previousStages)
        }
        if bare {
            let keywords = context.command.arguments.filter { $0.kind == .keyword && !context.given.contains($0.name) }
            candidates += keywords.map { Candidate($0.name) }
        }
        return candidates
    }

    /// The candidates for one argument's value, from its `completion`.
    private func values(of spec: ArgumentSpec, _ context: ArgumentContext, _ partial: CompletionScan.Word,
                        previousStages: [[CompletionScan.Word]]) -> [Candidate] {
        switch spec.completion {
        case .none:
            return []
        case .choices:
            if case .choice(let values) = spec.type { return values.map { Candidate($0) } }
            return []
        case .custom(let values):
            return values.map { Candidate($0) }
        case .files:
            return files(partial)
        case .documents:
            return state.graph.documents.map(\.id).sorted().map { Candidate($0) }
        case .commands:
            // After words that begin a two-word name (`help eval `), its next word.
            let typed = context.repeatedValues[spec.name] ?? []
            guard !typed.isEmpty else { return workbench.registry.names.map { Candidate($0) } }
            let start = typed.joined(separator: " ") + " "
            return workbench.registry.names.filter { $0.hasPrefix(start) }.map { Candidate(String($0.dropFirst(start.count))) }
        case .settings:
            return workbench.settingSpecs.map(\.name).sorted().map { Candidate($0) }
        case .settingValues:
            guard let name = context.previousPositionalValue(spec), let setting = workbench.settingSpec(name) else { return [] }
            return setting.choices.map { Candidate($0) }
        case .columns:
            guard !previousStages.isEmpty else { return [] }
            return ColumnProbe.columns(of: previousStages, workbench: workbench, state: state).map { Candidate($0) }
        }
    }

    // MARK: Files

    /// Paths relative to the current directory (or absolute, or from `~`), folders with a
    /// `/`; hidden entries only when the typed name starts with `.`.
    private func files(_ partial: CompletionScan.Word) -> [Candidate] {
        guard !partial.hasVariable else { return [] }
        let typed = partial.text
        let folderPart: String
        let namePrefix: String
        if let slash = typed.lastIndex(of: "/") {
            folderPart = String(typed[...slash])
            namePrefix = String(typed[typed.index(after: slash)...])
        } else if typed == "~" {
            return [Candidate("~/", label: "~/", continues: true)]
        } else {
            folderPart = ""
            namePrefix = typed
        }
        let folder = resolve(folderPart.isEmpty ? "." : folderPart)
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { $0.hasPrefix(namePrefix) && (namePrefix.hasPrefix(".") || !$0.hasPrefix(".")) }
            .sorted()
            .map { name in
                var isFolder: ObjCBool = false
                let full = (folder as NSString).appendingPathComponent(name)
                let folderFlag = manager.fileExists(atPath: full, isDirectory: &isFolder) && isFolder.boolValue
                let suffix = folderFlag ? "/" : ""
                return Candidate(folderPart + name + suffix, label: name + suffix, continues: folderFlag)
            }
    }

    /// A typed folder as a real path: `~` expanded, relative to the current directory.
    private func resolve(_ path: String) -> String {
        var path = path
        if path == "~" || path.hasPrefix("~/") { path = homeDirectory + path.dropFirst() }
        if !path.hasPrefix("/") { path = (currentDirectory as NSString).appendingPathComponent(path) }
        return path
    }

    // MARK: Result

    /// Keeps the candidates that extend the typed word and works out what to insert.
    private func finish(_ all: [Candidate], _ partial: CompletionScan.Word) -> Result {
        var seen: Set<String> = []
        let matching = all.filter { $0.word.hasPrefix(partial.text) && seen.insert($0.word).inserted }
        guard let first = matching.first else { return .none }
        var common = first.word
        for candidate in matching.dropFirst() {
            common = String(zip(common, candidate.word).prefix { $0.0 == $0.1 }.map(\.0))
        }
        var insertion = Completer.escape(String(common.dropFirst(partial.text.count)), quote: partial.openQuote,
                                         atWordStart: partial.text.isEmpty && !partial.quoted)
        if matching.count == 1 && !first.continues {
            if let quote = partial.openQuote { insertion.append(quote) }
            insertion += " "
        }
        return Result(candidates: matching.map(\.word), insertion: insertion, listing: matching.map(\.label))
    }

    /// Writes inserted text so the lexer reads it back as it is: backslashes outside quotes,
    /// `\"`, `\\`, `\$` inside double quotes, nothing inside single quotes (which cannot
    /// escape anything).
    static func escape(_ text: String, quote: Character?, atWordStart: Bool) -> String {
        var out = ""
        for (offset, c) in text.enumerated() {
            switch quote {
            case "'"?:
                out.append(c)
            case "\""?:
                if c == "\"" || c == "\\" || c == "$" { out.append("\\") }
                out.append(c)
            default:
                if " \t\n\"'\\$|;>".contains(c) || (c == "#" && offset == 0 && atWordStart) { out.append("\\") }
                out.append(c)
            }
        }
        return out
    }
}
