import Testing
import TestSupport
@testable import Workbench

private func parse(_ source: String, commands: Set<String> = ["docs", "top", "where", "show"]) throws -> [Statement] {
    try Parser.parse(source, file: "t.wb", isCommand: { commands.contains($0) })
}

private func w(_ text: String, _ line: Int, _ column: Int, quoted: Bool = false) -> Word {
    Word(text, quoted: quoted, at: loc(line, column))
}

private func parseError(_ source: String) -> WorkbenchError? {
    capture { _ = try parse(source) }
}

@Suite struct ParserTests {
    @Test func pipelineOfThreeStages() throws {
        let statements = try parse("docs | where words > 100 | top 3")
        #expect(statements == [
            Statement(body: .pipeline(Pipeline(stages: [
                Stage(words: [w("docs", 1, 1)]),
                Stage(words: [w("where", 1, 8), w("words", 1, 14), w(">", 1, 20), w("100", 1, 22)]),
                Stage(words: [w("top", 1, 28), w("3", 1, 32)]),
            ], redirect: nil)), location: loc(1, 1)),
        ])
    }

    @Test func statementsOnLinesAndAfterSemicolons() throws {
        let statements = try parse("docs; show d1\n\n# comment\n  top")
        #expect(statements.map(\.location) == [loc(1, 1), loc(1, 7), loc(4, 3)])
    }

    @Test func redirectEndsThePipeline() throws {
        let statements = try parse("docs | top 3 > out/top.csv")
        #expect(statements == [
            Statement(body: .pipeline(Pipeline(stages: [
                Stage(words: [w("docs", 1, 1)]), Stage(words: [w("top", 1, 8), w("3", 1, 12)]),
            ], redirect: w("out/top.csv", 1, 16))), location: loc(1, 1)),
        ])
    }

    @Test func greaterAfterWhereColumnIsAnOperator() throws {
        let statements = try parse("where words > 100")
        #expect(statements == [
            Statement(body: .pipeline(Pipeline(stages: [
                Stage(words: [w("where", 1, 1), w("words", 1, 7), w(">", 1, 13), w("100", 1, 15)]),
            ], redirect: nil)), location: loc(1, 1)),
        ])
    }

    @Test func whereOperatorThenRedirect() throws {
        let statements = try parse("where words > 100 > out.csv")
        #expect(statements == [
            Statement(body: .pipeline(Pipeline(stages: [
                Stage(words: [w("where", 1, 1), w("words", 1, 7), w(">", 1, 13), w("100", 1, 15)]),
            ], redirect: w("out.csv", 1, 21))), location: loc(1, 1)),
        ])
    }

    @Test func greaterAfterOtherCommandsRedirects() throws {
        let statements = try parse("top words > out.csv")
        guard case .pipeline(let pipeline) = statements.first?.body else { Issue.record("not a pipeline"); return }
        #expect(pipeline.stages == [Stage(words: [w("top", 1, 1), w("words", 1, 5)])])
        #expect(pipeline.redirect == w("out.csv", 1, 13))
    }

    @Test func letNamesAPipeline() throws {
        let statements = try parse("let t = docs | top 2")
        #expect(statements == [
            Statement(body: .letTable(name: "t", Pipeline(stages: [
                Stage(words: [w("docs", 1, 9)]), Stage(words: [w("top", 1, 16), w("2", 1, 20)]),
            ], redirect: nil)), location: loc(1, 1)),
        ])
    }

    @Test func letWithOneCommandWordIsATable() throws {
        #expect(try parse("let t = docs") == [
            Statement(body: .letTable(name: "t", Pipeline(stages: [Stage(words: [w("docs", 1, 9)])], redirect: nil)),
                      location: loc(1, 1)),
        ])
    }

    @Test func letNamesText() throws {
        #expect(try parse("let s = \"docs\"") == [
            Statement(body: .letText(name: "s", w("docs", 1, 9, quoted: true)), location: loc(1, 1)),
        ])
        // A bare word that is not a command is text, too.
        #expect(try parse("let n = 5") == [Statement(body: .letText(name: "n", w("5", 1, 9)), location: loc(1, 1))])
        #expect(try parse("let who = \"$1 x\"") == [
            Statement(body: .letText(name: "who", Word(parts: [.variable("1"), .literal(" x")], quoted: true, location: loc(1, 11))),
                      location: loc(1, 1)),
        ])
    }

    @Test func letWithoutName() {
        let error = parseError("let")
        #expect(error?.code == .syntax)
        #expect(error?.message == "expected a variable name after 'let'")
        #expect(error?.hint == "write: let NAME = COMMAND …")
        #expect(error?.location == loc(1, 1))
        #expect(parseError("let | docs")?.location == loc(1, 5))
    }

    @Test func letWithInvalidName() {
        let error = parseError("docs\nlet 1x = docs")
        #expect(error?.message == "'1x' is not a valid variable name")
        #expect(error?.hint == "use letters, digits and _ (not starting with a digit)")
        #expect(error?.location == loc(2, 5))
    }

    @Test func letWithoutEquals() {
        let error = parseError("let x docs")
        #expect(error?.message == "expected '=' after 'let x'")
        #expect(error?.hint == "write: let x = COMMAND …")
        #expect(error?.location == loc(1, 7))
        #expect(parseError("let x")?.message == "expected '=' after 'let x'")
    }

    @Test func letWithoutValue() {
        let error = parseError("let x =")
        #expect(error?.message == "expected a value or a command after 'let x ='")
        #expect(error?.location == loc(1, 7))
    }

    @Test func letCannotRedirect() {
        let error = parseError("let t = docs > out.csv")
        #expect(error?.message == "'> FILE' cannot follow 'let': the table goes into $t")
        #expect(error?.hint == "write it in a second statement: $t > out.csv")
        #expect(error?.location == loc(1, 14))
    }

    @Test func pipeWithoutCommandBefore() {
        let error = parseError("| docs")
        #expect(error?.message == "expected a command before '|'")
        #expect(error?.hint == "a pipe joins two commands: docs | top 3")
        #expect(error?.location == loc(1, 1))
        #expect(parseError("docs | | top")?.location == loc(1, 8))
    }

    @Test func pipeWithoutCommandAfter() {
        let error = parseError("docs |")
        #expect(error?.message == "expected a command after '|'")
        #expect(error?.hint == nil)
        #expect(error?.location == loc(1, 6))
    }

    @Test func redirectMustEndTheStatement() {
        let error = parseError("docs > a b")
        #expect(error?.message == "'> FILE' must end the statement")
        #expect(error?.location == loc(1, 10))
        #expect(parseError("docs > a.csv | top")?.location == loc(1, 14))
    }

    @Test func redirectNeedsAFile() {
        let error = parseError("docs >")
        #expect(error?.message == "expected a file name after '>'")
        #expect(error?.hint == "write: docs > out/docs.csv")
        #expect(error?.location == loc(1, 6))
        #expect(parseError("docs > | top")?.message == "expected a file name after '>'")
    }

    @Test func firstSyntaxErrorStopsTheParse() {
        // Line 1 is fine, line 2 and 3 are both wrong: the error is line 2's.
        #expect(parseError("docs\ndocs >\n| top")?.location == loc(2, 6))
    }

    @Test func pipeAtTheEndOfALineContinuesTheStatement() throws {
        let statements = try Parser.parse("docs |\n  top 3\ndocs", file: "t.wb")
        #expect(statements.count == 2)
        guard case .pipeline(let pipeline) = statements[0].body else { Issue.record("not a pipeline"); return }
        #expect(pipeline.stages.map { $0.words[0].literal } == ["docs", "top"])
        #expect(pipeline.stages[1].location == loc(2, 3))
        #expect(Lexer.needsContinuation("docs |"))
        #expect(Lexer.needsContinuation("docs | "))
        #expect(!Lexer.needsContinuation("docs | top"))
    }
}
