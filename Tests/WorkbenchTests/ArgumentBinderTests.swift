import Testing
import TestSupport
@testable import Workbench

/// A command shaped like a plugin's: a required positional, an int option with a default,
/// a choice option and a flag.
private let topics = CommandSpec(
    "topics", summary: "cluster documents into topics",
    arguments: [
        ArgumentSpec("doc", type: .document, summary: "the document", required: true),
        ArgumentSpec("k", .option, type: .int, summary: "how many topics", default: "5"),
        ArgumentSpec("granularity", .option, type: .choice(["day", "month", "year"]), summary: "time unit"),
        ArgumentSpec("chart", .flag, summary: "draw a chart"),
    ]
) { _ in .empty("topics") }

private let core = CorePlugin().commands

private func command(_ name: String) -> CommandSpec {
    if name == "topics" { return topics }
    return core.first { $0.name == name }!
}

/// Binds the words of `line` (lexed like a prompt line) after its first word, the command.
private func bind(_ line: String) throws -> BoundArguments {
    var lexer = Lexer(line, file: "t.wb")
    let words = try lexer.tokenize().compactMap { token -> Word? in
        if case .word(let word) = token { return word }
        return nil
    }
    let expanded = words.dropFirst().map { ArgumentBinder.Expanded($0.literal ?? "", quoted: $0.quoted, location: $0.location) }
    return try ArgumentBinder.bind(Array(expanded), to: command(words[0].literal ?? ""), commandLocation: words[0].location)
}

private func bindError(_ line: String) -> WorkbenchError? {
    capture { _ = try bind(line) }
}

@Suite struct ArgumentBinderTests {
    @Test func usageLine() {
        #expect(topics.usage == "topics DOC [--k N] [--granularity day|month|year] [--chart]")
        #expect(command("count").usage == "count [by COL]")
        #expect(command("load").usage.hasPrefix("load PATHS... [--id-field ID_FIELD] [--text-field TEXT_FIELD]"))
    }

    @Test func positionalOptionsFlagsAndDefaults() throws {
        let args = try bind("topics d1 --k 7 --chart --granularity=year")
        #expect(args.string("doc") == "d1")
        #expect(args.int("k") == 7)
        #expect(args.string("granularity") == "year")
        #expect(args.flag("chart"))
        #expect(args.isGiven("k") && args.isGiven("chart") && args.isGiven("doc"))
        #expect(args.location("k") == loc(1, 15))
    }

    @Test func defaultsAreFilledButNotGiven() throws {
        let args = try bind("topics d1")
        #expect(args.int("k") == 5)
        #expect(!args.isGiven("k"))
        #expect(args.string("granularity") == nil)
        #expect(!args.flag("chart"))
    }

    @Test func optionEqualsValue() throws {
        #expect(try bind("topics d1 --k=12").int("k") == 12)
        #expect(bindError("topics d1 --k=")?.message == "invalid value '' for --k of 'topics': expected a whole number, got ''")
    }

    @Test func unknownOptionSuggestsTheNearest() {
        let error = bindError("topics d1 --kk 5")
        #expect(error?.code == .unknownOption)
        #expect(error?.message == "unknown option '--kk' for 'topics'")
        #expect(error?.hint == "did you mean '--k'? see 'help topics'")
        #expect(error?.location == loc(1, 11))
        #expect(bindError("topics d1 --zzzzzz")?.hint == "see 'help topics'")
    }

    @Test func optionMissingItsValue() {
        let error = bindError("topics d1 --k")
        #expect(error?.code == .missingArgument)
        #expect(error?.message == "option --k of 'topics' needs a value (a whole number)")
        #expect(error?.hint == "usage: topics DOC [--k N] [--granularity day|month|year] [--chart]")
        #expect(error?.location == loc(1, 11))
    }

    @Test func badWholeNumber() {
        let error = bindError("topics d1 --k five")
        #expect(error?.code == .badValue)
        #expect(error?.message == "invalid value 'five' for --k of 'topics': expected a whole number, got 'five'")
        #expect(error?.hint == nil)
        #expect(error?.location == loc(1, 15))
        #expect(bindError("top x")?.message == "invalid value 'x' for N of 'top': expected a whole number, got 'x'")
    }

    @Test func badChoiceNamesTheArgumentAndListsValues() {
        let error = bindError("topics d1 --granularity week")
        #expect(error?.code == .badValue)
        #expect(error?.message == "invalid value 'week' for --granularity of 'topics'")
        #expect(error?.hint == "valid values: day, month, year")
        #expect(error?.location == loc(1, 25))
        let sort = bindError("sort words up")
        #expect(sort?.message == "invalid value 'up' for DIRECTION of 'sort'")
        #expect(sort?.hint == "valid values: asc, desc")
        let format = bindError("docs --format xml")
        #expect(format?.message == "invalid value 'xml' for --format of 'docs'")
        #expect(format?.hint == "valid values: table, json, jsonl, csv, tsv, markdown")
    }

    @Test func tooManyArguments() {
        let error = bindError("topics d1 d2")
        #expect(error?.code == .tooManyArguments)
        #expect(error?.message == "unexpected argument 'd2': 'topics' takes DOC")
        #expect(error?.hint == "usage: topics DOC [--k N] [--granularity day|month|year] [--chart]")
        #expect(error?.location == loc(1, 11))
        let docs = bindError("docs extra")
        #expect(docs?.message == "unexpected argument 'extra': 'docs' takes no arguments")
        #expect(docs?.hint == "usage: docs")
    }

    @Test func missingRequiredPositional() {
        let error = bindError("topics --k 3")
        #expect(error?.code == .missingArgument)
        #expect(error?.message == "'topics' needs DOC (a document id)")
        #expect(error?.hint == "usage: topics DOC [--k N] [--granularity day|month|year] [--chart]")
        #expect(error?.location == loc(1, 1))
        #expect(bindError("where words =")?.message == "'where' needs VALUE (text)")
    }

    @Test func helpFlagExcusesMissingArguments() throws {
        #expect(try bind("topics --help").flag("help"))
    }

    @Test func flagTakesNoValue() {
        let error = bindError("topics d1 --chart=yes")
        #expect(error?.code == .badValue)
        #expect(error?.message == "option --chart of 'topics' takes no value")
    }

    @Test func repeatedPositionalTakesEveryWord() throws {
        let args = try bind("load a.txt b/ 'c d.txt' --text-field body")
        #expect(args.strings("paths") == ["a.txt", "b/", "c d.txt"])
        #expect(args.string("text-field") == "body")
    }

    @Test func keywordWithItsValue() throws {
        #expect(try bind("count by date").string("by") == "date")
        #expect(try bind("count").string("by") == nil)
        let error = bindError("count by")
        #expect(error?.code == .missingArgument)
        #expect(error?.message == "'by' of 'count' needs a value (a column name)")
        #expect(error?.hint == "usage: count [by COL]")
        // Quoted, the keyword is an ordinary word, and count takes none.
        #expect(bindError("count 'by' date")?.message == "unexpected argument 'by': 'count' takes no arguments")
    }

    @Test func quotedDashWordIsAPositional() throws {
        #expect(try bind("topics \"--k\"").string("doc") == "--k")
        #expect(try bind("where title = '--help'").string("value") == "--help")
        // `--` alone is not an option either.
        #expect(try bind("topics --").string("doc") == "--")
    }

    @Test func optionGivenTwice() {
        let error = bindError("topics d1 --k 1 --k 2")
        #expect(error?.code == .badValue)
        #expect(error?.message == "--k of 'topics' is given twice")
        #expect(error?.hint == "give it once; see 'help topics'")
        #expect(error?.location == loc(1, 21))
    }

    @Test func whereTakesItsThreeWords() throws {
        let args = try bind("where words >= 100")
        #expect([args.string("column"), args.string("op"), args.string("value")] == ["words", ">=", "100"])
        #expect(bindError("where words like x")?.hint == "valid values: =, !=, <, <=, >, >=, ~")
    }
}
