import Foundation
import Testing
import TestSupport
@testable import Workbench

/// Exact candidate lists and insertions for each completion context.
@Suite struct CompleterTests {
    let workbench: Workbench
    let folder: String

    init() throws {
        workbench = try Workbench(plugins: [])
        folder = NSTemporaryDirectory() + "wb-completer-" + UUID().uuidString
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder + "/data/inner", withIntermediateDirectories: true)
        for name in ["alpha.txt", "beta.csv", "my file.txt", ".hidden", "data/one.jsonl", "data/two.jsonl"] {
            try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
    }

    func completer(variables: [String: Variable] = [:], documents: [String] = []) throws -> Completer {
        var state = SessionState(settings: workbench.defaultSettings)
        state.variables = variables
        for id in documents { try state.graph.add(Document(id: id, text: "text of \(id)")) }
        return Completer(workbench: workbench, state: state, currentDirectory: folder, homeDirectory: folder + "/data")
    }

    func complete(_ line: String, variables: [String: Variable] = [:], documents: [String] = []) throws -> Completer.Result {
        try completer(variables: variables, documents: documents).complete(line)
    }

    // MARK: Commands and variables

    @Test func uniqueCommandPrefixCompletesWithASpace() throws {
        let result = try complete("hel")
        #expect(result.candidates == ["help"])
        #expect(result.insertion == "p ")
    }

    @Test func sharedPrefixInsertsTheCommonPart() throws {
        let result = try complete("s")
        #expect(result.candidates == ["save", "select", "sentences", "set", "show", "sort", "stats", "status"])
        #expect(result.insertion == "")
        #expect(try complete("se").candidates == ["select", "sentences", "set"])
        #expect(try complete("se").insertion == "")
        #expect(try complete("cle").insertion == "ar ")
        #expect(try complete("stat").insertion == "")
    }

    @Test func aliasesAreCommandNames() throws {
        #expect(try complete("ex").candidates == ["exit"])
    }

    @Test func emptyLineOffersCommandsAndTableVariables() throws {
        let table = Table(name: "t", columns: [.init("id")])
        let result = try complete("", variables: ["saved": .table(table), "n": .text("5")])
        // Every command name and alias (whatever the plugins add), then the table variables.
        let workbench = try Workbench(plugins: [])
        // A two-word group (`eval quotes`) is offered by its first word.
        let names = Set(workbench.registry.names.map { $0.split(separator: " ").first.map(String.init) ?? $0 })
        #expect(result.candidates == names.sorted() + ["$saved"])
        #expect(result.candidates.contains("eval") && !result.candidates.contains("eval quotes"))
        #expect(result.candidates.contains("exit") && !result.candidates.contains("$n"))
    }

    @Test func dollarCompletesVariables() throws {
        let table = Table(name: "t", columns: [.init("id")])
        let vars: [String: Variable] = ["saved": .table(table), "sample": .table(table), "n": .text("5")]
        #expect(try complete("$s", variables: vars).candidates == ["$sample", "$saved"])
        #expect(try complete("$s", variables: vars).insertion == "a")
        #expect(try complete("$sav", variables: vars).insertion == "ed ")
        // A text variable can be an argument, and the value of a `let`.
        #expect(try complete("docs | where id = $", variables: vars).candidates == ["$n", "$sample", "$saved"])
        #expect(try complete("let x = $", variables: vars).candidates == ["$n", "$sample", "$saved"])
    }

    @Test func afterPipeOffersCommandsOnly() throws {
        let table = Table(name: "t", columns: [.init("id")])
        #expect(try complete("docs | so", variables: ["s": .table(table)]).candidates == ["sort"])
        #expect(try complete("docs | $", variables: ["s": .table(table)]).candidates == [])
        #expect(try complete("docs; st").candidates == ["stats", "status"])
        #expect(try complete("let x = do").candidates == ["docs"])
    }

    @Test func unknownCommandOrCommentGivesNothing() throws {
        #expect(try complete("frobnicate --f") == .none)
        #expect(try complete("docs # so") == .none)
        #expect(try complete("let x") == .none)
    }

    // MARK: Options

    @Test func optionNamesIncludeTheGlobalOnes() throws {
        let result = try complete("docs --for")
        #expect(result.candidates == ["--format"])
        #expect(result.insertion == "mat ")
        #expect(try complete("load x --").candidates == ["--id-field", "--text-field", "--title-field", "--date-field",
                                                          "--format", "--help"])
        #expect(try complete("load x --t").insertion == "")
        #expect(try complete("load x --ti").insertion == "tle-field ")
    }

    @Test func optionsAlreadyGivenAreLeftOut() throws {
        #expect(try complete("docs --help --").candidates == ["--format"])
        #expect(try complete("docs --format csv --").candidates == ["--help"])
    }

    @Test func optionValuesAfterTheOptionAndAfterEquals() throws {
        #expect(try complete("docs --format ").candidates == ["table", "json", "jsonl", "csv", "tsv", "markdown"])
        let json = try complete("docs --format js")
        #expect(json.candidates == ["json", "jsonl"])
        #expect(json.insertion == "on")
        let equals = try complete("docs --format=c")
        #expect(equals.candidates == ["--format=csv"])
        #expect(equals.listing == ["csv"])
        #expect(equals.insertion == "sv ")
    }

    // MARK: Positionals

    @Test func helpCompletesCommandNames() throws {
        #expect(try complete("help s").candidates == ["save", "select", "sentences", "set", "show", "sort", "stats", "status"])
        #expect(try complete("help lo").insertion == "ad ")
        #expect(try complete("help load ").candidates == [])
        // The second word of a two-word command.
        #expect(try complete("help eval ").candidates == ["quotes"])
        #expect(try complete("help eval q").insertion == "uotes ")
    }

    @Test func setCompletesSettingNamesThenTheirValues() throws {
        #expect(try complete("set ").candidates == ["format", "on-error", "threads", "width"])
        #expect(try complete("set o").insertion == "n-error ")
        #expect(try complete("set on-error ").candidates == ["stop", "continue"])
        #expect(try complete("set format c").candidates == ["csv"])
        #expect(try complete("set width ").candidates == [])
    }

    @Test func showCompletesDocumentIds() throws {
        let result = try complete("show 0", documents: ["002_b", "001_a", "x"])
        #expect(result.candidates == ["001_a", "002_b"])
        #expect(result.insertion == "0")
    }

    @Test func choicesByPositionAndKeywords() throws {
        #expect(try complete("docs | sort words ").candidates == ["asc", "desc"])
        #expect(try complete("docs | where words ").candidates == ["=", "!=", "<", "<=", ">", ">=", "~"])
        #expect(try complete("docs | where words >").candidates == [">", ">="])
        #expect(try complete("docs | count ").candidates == ["by"])
        #expect(try complete("docs | count b").insertion == "y ")
    }

    // MARK: Columns

    @Test func columnsComeFromThePipedTable() throws {
        #expect(try complete("docs | where ").candidates == ["id", "title", "date", "words"])
        #expect(try complete("docs | count by w").candidates == ["words"])
        #expect(try complete("docs | select id words | sort ").candidates == ["id", "words"])
        #expect(try complete("docs | count by date | sort ").candidates == ["date", "count"])
        let saved = Table(name: "t", columns: [.init("term"), .init("score", .double)])
        #expect(try complete("$t | sort s", variables: ["t": .table(saved)]).candidates == ["score"])
    }

    @Test func columnsOfATableThatCannotBeProbedAreUnknown() throws {
        #expect(try complete("load x | where ").candidates == [])
        #expect(try complete("docs | where nosuch = 1 | sort ").candidates == [])
    }

    @Test func columnProbeIgnoresTheLoadedCorpus() throws {
        // Probing runs on an empty corpus, so documents do not slow it down nor change it.
        let result = try complete("docs | sort ", documents: ["a", "b"])
        #expect(result.candidates == ["id", "title", "date", "words"])
    }

    // MARK: Files

    @Test func filesRelativeToTheCurrentDirectory() throws {
        #expect(try complete("load ").candidates == ["alpha.txt", "beta.csv", "data/", "my file.txt"])
        #expect(try complete("load a").insertion == "lpha.txt ")
        let folder = try complete("load d")
        #expect(folder.candidates == ["data/"])
        #expect(folder.insertion == "ata/")
        let inside = try complete("load data/")
        #expect(inside.candidates == ["data/inner/", "data/one.jsonl", "data/two.jsonl"])
        #expect(inside.listing == ["inner/", "one.jsonl", "two.jsonl"])
        #expect(try complete("load .").candidates == [".hidden"])
    }

    @Test func filesFromHomeAndAbsolutePaths() throws {
        #expect(try complete("load ~").candidates == ["~/"])
        #expect(try complete("load ~/o").candidates == ["~/one.jsonl"])
        #expect(try complete("load \(folder)/be").insertion == "ta.csv ")
    }

    @Test func fileNamesWithSpacesAreEscapedOrQuoted() throws {
        #expect(try complete("load my").insertion == "\\ file.txt ")
        #expect(try complete("load my\\ f").insertion == "ile.txt ")
        #expect(try complete("load \"my").insertion == " file.txt\" ")
        #expect(try complete("load 'my f").insertion == "ile.txt' ")
    }

    @Test func redirectCompletesFiles() throws {
        #expect(try complete("docs > be").candidates == ["beta.csv"])
        #expect(try complete("docs > beta.csv ").candidates == [])
    }

    @Test func continuedStatementKeepsItsContext() throws {
        #expect(try complete("docs \\\n  --for").candidates == ["--format"])
    }

    @Test func sessionInitialiserUsesTheSessionState() throws {
        let session = Session(workbench: workbench, io: SessionIO(output: { _ in }, diagnostic: { _ in }))
        session.define("q", "japan")
        #expect(Completer(session: session).complete("docs | where id = $").candidates == ["$q"])
    }
    @Test func commandGroupCompletesItsMembersThenTheirOptions() throws {
        #expect(try complete("ev").candidates == ["eval"])
        #expect(try complete("eval ").candidates == ["quotes"])
        #expect(try complete("eval qu").insertion == "otes ")
        #expect(try complete("eval quotes --li").candidates == ["--limit"])
    }
}

@Suite struct CompletionListingTests {
    @Test func columnsGoDownThenAcross() {
        let result = Completer.Result(candidates: [], insertion: "", listing: ["a", "bb", "ccc", "d", "e"])
        #expect(result.columns(width: 16) == ["a    ccc  e", "bb   d"])
        #expect(result.columns(width: 3) == ["a", "bb", "ccc", "d", "e"])
        #expect(Completer.Result.none.columns(width: 80) == [])
    }

}
