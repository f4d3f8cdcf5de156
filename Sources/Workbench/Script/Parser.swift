/// Groups tokens into statements: `let NAME = …`, pipelines and redirects.
public struct Parser {
    /// Commands whose second word is a comparison operator, so that `where n > 3` compares
    /// rather than redirects.
    public static let operatorCommands: Set<String> = ["where"]

    /// Parses a whole script (or prompt line). Fails at the first syntax error.
    /// `isCommand` tells whether a bare word names a command (for `let NAME = WORD`).
    public static func parse(_ source: String, file: String, isCommand: (String) -> Bool = { _ in true }) throws -> [Statement] {
        var lexer = Lexer(source, file: file)
        let tokens = try lexer.tokenize()
        var statements: [Statement] = []
        var current: [Token] = []
        for token in tokens {
            if case .end = token {
                if !current.isEmpty { statements.append(try statement(current, isCommand: isCommand)) }
                current = []
            } else {
                current.append(token)
            }
        }
        return statements
    }

    private static func statement(_ tokens: [Token], isCommand: (String) -> Bool) throws -> Statement {
        let location = tokens[0].location
        if case .word(let first) = tokens[0], !first.quoted, first.literal == "let" {
            guard tokens.count >= 2, case .word(let nameWord) = tokens[1], let name = nameWord.literal, !nameWord.quoted else {
                throw WorkbenchError(.syntax, "expected a variable name after 'let'", hint: "write: let NAME = COMMAND …",
                                     at: tokens.count >= 2 ? tokens[1].location : location)
            }
            guard isValidName(name) else {
                throw WorkbenchError(.syntax, "'\(name)' is not a valid variable name",
                                     hint: "use letters, digits and _ (not starting with a digit)", at: nameWord.location)
            }
            guard tokens.count >= 3, case .word(let eq) = tokens[2], eq.literal == "=", !eq.quoted else {
                throw WorkbenchError(.syntax, "expected '=' after 'let \(name)'", hint: "write: let \(name) = COMMAND …",
                                     at: tokens.count >= 3 ? tokens[2].location : nameWord.location)
            }
            let rest = Array(tokens.dropFirst(3))
            guard !rest.isEmpty else {
                throw WorkbenchError(.syntax, "expected a value or a command after 'let \(name) ='", at: eq.location)
            }
            if rest.count == 1, case .word(let value) = rest[0],
               value.quoted || value.soleVariable == nil && !(value.literal.map(isCommand) ?? false) {
                return Statement(body: .letText(name: name, value), location: location)
            }
            let table = try pipeline(rest)
            if let redirect = table.redirect, let greater = rest.last(where: { if case .greater = $0 { return true } else { return false } }) {
                throw WorkbenchError(.syntax, "'> FILE' cannot follow 'let': the table goes into $\(name)",
                                     hint: "write it in a second statement: $\(name) > \(redirect.display)", at: greater.location)
            }
            return Statement(body: .letTable(name: name, table), location: location)
        }
        return Statement(body: .pipeline(try pipeline(tokens)), location: location)
    }

    private static func pipeline(_ tokens: [Token]) throws -> Pipeline {
        var stages: [Stage] = []
        var words: [Word] = []
        var redirect: Word?
        var index = 0
        func closeStage(at location: SourceLocation) throws {
            guard !words.isEmpty else {
                throw WorkbenchError(.syntax, "expected a command before '|'", hint: "a pipe joins two commands: docs | top 3", at: location)
            }
            stages.append(Stage(words: words))
            words = []
        }
        while index < tokens.count {
            let token = tokens[index]
            switch token {
            case .word(let word):
                words.append(word)
            case .pipe(let location):
                try closeStage(at: location)
                if index == tokens.count - 1 {
                    throw WorkbenchError(.syntax, "expected a command after '|'", at: location)
                }
            case .greater(let location):
                if let first = words.first?.literal, operatorCommands.contains(first), words.count == 2 {
                    words.append(Word(">", at: location))
                } else {
                    guard index + 1 < tokens.count, case .word(let file) = tokens[index + 1] else {
                        throw WorkbenchError(.syntax, "expected a file name after '>'", hint: "write: docs > out/docs.csv", at: location)
                    }
                    guard index + 2 == tokens.count else {
                        throw WorkbenchError(.syntax, "'> FILE' must end the statement", at: tokens[index + 2].location)
                    }
                    redirect = file
                    index += 1
                }
            case .end:
                break
            }
            index += 1
        }
        if !words.isEmpty { stages.append(Stage(words: words)) }
        guard !stages.isEmpty else {
            throw WorkbenchError(.syntax, "expected a command", at: tokens.first?.location)
        }
        return Pipeline(stages: stages, redirect: redirect)
    }

    static func isValidName(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter || first == "_" else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }
}
