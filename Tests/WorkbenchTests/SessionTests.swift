import Foundation
import Testing
import TestSupport
@testable import Workbench

/// Evaluates a one-pipeline source without printing, returning the table.
private func evaluate(_ h: Harness, _ source: String) throws -> Table {
    let statements = try h.session.parse(source, file: "t.wb")
    guard statements.count == 1, case .pipeline(let pipeline) = statements[0].body else {
        Issue.record("expected one pipeline")
        return .empty("none")
    }
    return try h.session.evaluate(pipeline)
}

private func column(_ table: Table, _ index: Int = 0) -> [String] {
    table.rows.map { $0.values[index].text }
}

@Suite struct SessionTableTests {
    @Test func docsListsTheDocumentsAsATable() throws {
        let h = try Harness()
        #expect(try h.output("docs") == """
            id  title   date        words
            ──  ──────  ──────────  ─────
            d1  First   2011-11-15      5
            d2  Second  2012-01-02      6
            d3  Third\(String(repeating: " ", count: 19))2
            (3 rows)

            """)
        #expect(h.transcript.notes.isEmpty)
    }

    @Test func whereComparesNumbersAsNumbersAndTextAsText() throws {
        let h = try Harness()
        #expect(try h.output("docs | where words > 5 | select id words --format csv") == "id,words\r\nd2,6\r\n")
        #expect(try h.output("docs | where words >= 5 --format csv | select id") == "id\r\nd1\r\nd2\r\n")
        #expect(try h.output("docs | where words = 6.0 | select id --format csv") == "id\r\nd2\r\n")
        #expect(try h.output("docs | where words < 10 | select id --format csv") == "id\r\nd1\r\nd2\r\nd3\r\n")
        #expect(try h.output("docs | where title ~ IR | select id --format csv") == "id\r\nd1\r\nd3\r\n")
        #expect(try h.output("docs | where id ~ /^d[12]$/ | select id --format csv") == "id\r\nd1\r\nd2\r\n")
        #expect(try h.output("docs | where date < 2012 | select id --format csv") == "id\r\nd1\r\n")
        // An empty cell matches only !=.
        #expect(try h.output("docs | where date != 2011-11-15 | select id --format csv") == "id\r\nd2\r\nd3\r\n")
        #expect(try h.output("docs | where date = '' | select id --format csv") == "id\r\n")
    }

    @Test func whereWithABadRegularExpression() throws {
        let h = try Harness()
        let error = h.failure("docs | where id ~ /[/")
        #expect(error?.message == "invalid regular expression /[/")
        #expect(error?.location == loc(1, 19))
    }

    @Test func sortIsStableWithEmptyCellsLast() throws {
        let h = try Harness()
        #expect(column(try evaluate(h, "docs | sort date")) == ["d1", "d2", "d3"])
        #expect(column(try evaluate(h, "docs | sort date desc")) == ["d2", "d1", "d3"])
        #expect(column(try evaluate(h, "docs | sort words desc")) == ["d2", "d1", "d3"])
        #expect(column(try evaluate(h, "docs | sort title desc | top 1")) == ["d3"])
        #expect(column(try evaluate(h, "docs | where words < 10 | sort id desc")) == ["d3", "d2", "d1"])
    }

    @Test func topKeepsTheFirstRows() throws {
        let h = try Harness()
        #expect(column(try evaluate(h, "docs | top 2")) == ["d1", "d2"])
        #expect(column(try evaluate(h, "docs | top")) == ["d1", "d2", "d3"])
        #expect(try h.output("docs | top 0 | select id") == "id\n──\n(0 rows)\n")
        let error = h.failure("docs | top -1")
        #expect(error?.message == "invalid value '-1' for N of 'top': expected 0 or more")
        #expect(error?.location == loc(1, 12))
    }

    @Test func selectKeepsColumnsInOrder() throws {
        let h = try Harness()
        #expect(try h.output("docs | select words ID --format csv") == "words,id\r\n5,d1\r\n6,d2\r\n2,d3\r\n")
        let error = h.failure("docs | select id nope")
        #expect(error?.code == .unknownColumn)
        #expect(error?.message == "no column 'nope' in table 'docs'")
        #expect(error?.hint == "columns of 'docs': id, title, date, words")
        #expect(error?.location == loc(1, 18))
    }

    @Test func unknownColumnPointsAtTheColumnWord() throws {
        let h = try Harness()
        let error = h.failure("docs | sort wrods desc")
        #expect(error?.hint == "did you mean 'words'? columns of 'docs': id, title, date, words")
        #expect(error?.location == loc(1, 13))
        #expect(h.failure("docs | where wrods > 1")?.location == loc(1, 14))
        #expect(h.failure("docs | count by wrods")?.location == loc(1, 17))
    }

    @Test func countAndCountBy() throws {
        let h = try Harness()
        #expect(try h.output("docs | count") == "count\n─────\n    3\n(1 row)\n")
        #expect(try h.output("docs | count by date --format csv") == "date,count\r\n2011-11-15,1\r\n2012-01-02,1\r\n,1\r\n")
        #expect(try h.output("docs | where words > 100 | count --format csv") == "count\r\n0\r\n")
    }

    @Test func countByMostFrequentFirstThenByValue() throws {
        let h = try Harness(documents: [
            Document(id: "a", title: "x", date: "2012", text: "a"), Document(id: "b", title: "y", date: "2011", text: "b"),
            Document(id: "c", title: "z", date: "2012", text: "c"), Document(id: "d", title: "w", date: "2010", text: "d"),
        ])
        #expect(try h.output("docs | count by date --format csv") == "date,count\r\n2012,2\r\n2010,1\r\n2011,1\r\n")
    }

    @Test func formatOptionOfAnyStageChoosesTheOutput() throws {
        let h = try Harness()
        #expect(try h.output("docs --format json | top 1 | select id") == "[\n  {\"id\": \"d1\"}\n]\n")
        #expect(try h.output("docs | top 1 | select id words --format markdown") == "| id | words |\n| --- | ---: |\n| d1 | 5 |\n")
        #expect(try h.output("docs | top 2 | select id --format jsonl") == "{\"id\": \"d1\"}\n{\"id\": \"d2\"}\n")
        #expect(try h.output("docs | top 1 | select id title --format tsv") == "id\ttitle\nd1\tFirst\n")
    }

    @Test func showNumbersParagraphsAndRunsTheAnalysisOnce() throws {
        let h = try Harness()
        #expect(try h.output("show d1") == "[1] Alpha beta.\n\n[2] Gamma delta epsilon.\n")
        #expect(h.transcript.notes == ["running paragraphs"])
        #expect(try h.output("show d1 --format csv") == "paragraph,start,end,text\r\n1,0,11,Alpha beta.\r\n2,13,33,Gamma delta epsilon.\r\n")
        #expect(h.transcript.notes == ["running paragraphs"])
        let error = h.failure("show d9")
        #expect(error?.code == .unknownDocument)
        #expect(error?.message == "no document 'd9'")
        #expect(error?.hint == "did you mean 'd1', 'd2' or 'd3'?")
        #expect(error?.location == loc(1, 6))
    }

    @Test func statsCountsDocumentsAndNodes() throws {
        let h = try Harness()
        #expect(try h.output("stats --format csv") == "item,value\r\ndocuments,3\r\nwords,13\r\ncharacters,68\r\n")
        try h.run("show d2")
        #expect(try h.output("stats --format csv")
            == "item,value\r\ndocuments,3\r\nwords,13\r\ncharacters,68\r\nnodes: paragraph,4\r\n")
    }
}

@Suite struct SessionVariableTests {
    @Test func letKeepsATableThatStartsPipelines() throws {
        let h = try Harness()
        #expect(try h.output("let t = docs | where words < 6") == "")
        guard case .table(let table)? = h.session.state.variables["t"] else { Issue.record("no table"); return }
        #expect(table.rows.count == 2)
        #expect(try h.output("$t | select id --format csv") == "id\r\nd1\r\nd3\r\n")
        #expect(try h.output("let one = $t | top 1 | select id\n$one") == "id\n──\nd1\n(1 row)\n")
    }

    @Test func letKeepsText() throws {
        let h = try Harness()
        try h.run("let s = \"d2\"; let bare = d3; let n = 1; let suffix = ond")
        #expect(h.session.state.variables["s"] == .text("d2"))
        #expect(h.session.state.variables["bare"] == .text("d3"))
        #expect(try h.output("docs | where id = $s | select title --format csv") == "title\r\nSecond\r\n")
        #expect(try h.output("docs | where title = \"Sec$suffix\" | top $n | select id --format csv") == "id\r\nd2\r\n")
        // Text is expanded when `let` runs.
        try h.run("let label = \"doc $s\"; let s = other")
        #expect(h.session.state.variables["label"] == .text("doc d2"))
    }

    @Test func scriptParametersAreTextVariables() throws {
        let h = try Harness()
        h.session.define("1", "d1")
        #expect(try h.output("docs | where id = $1 | select words --format csv") == "words\r\n5\r\n")
        try h.run("let who = $1")
        #expect(h.session.state.variables["who"] == .text("d1"))
        #expect(try h.output("show $who") == "[1] Alpha beta.\n\n[2] Gamma delta epsilon.\n")
    }

    @Test func letCopiesASavedTable() throws {
        let h = try Harness()
        try h.run("let t = docs | top 1; let u = $t")
        #expect(h.session.state.variables["u"] == h.session.state.variables["t"])
    }

    @Test func unknownVariableSuggestsANearOne() throws {
        let h = try Harness()
        try h.run("let s = d2")
        let error = h.failure("docs | where id = $sx")
        #expect(error?.code == .unknownVariable)
        #expect(error?.message == "no variable '$sx'")
        #expect(error?.hint == "did you mean '$s'? — define it with: let sx = …")
        #expect(error?.location == loc(1, 19))
        #expect(h.failure("$zzzz | top 1")?.hint == "define it with: let zzzz = …")
    }

    @Test func textCannotStartAPipeline() throws {
        let h = try Harness()
        try h.run("let q = d1")
        let error = h.failure("$q | top 1")
        #expect(error?.code == .badValue)
        #expect(error?.message == "$q holds text, not a table; only a table can start a pipeline")
        #expect(error?.hint == "use it as an argument: docs | where id = $q")
        #expect(error?.location == loc(1, 1))
    }

    @Test func aTableCannotBeAnArgument() throws {
        let h = try Harness()
        try h.run("let t = docs")
        let error = h.failure("docs | where id = $t")
        #expect(error?.message == "$t holds a table; a table can only start a pipeline")
        #expect(error?.hint == "write: $t | …")
        let later = h.failure("docs | $t")
        #expect(later?.message == "a saved table can only start a pipeline")
        #expect(later?.location == loc(1, 8))
    }
}

@Suite struct SessionCommandTests {
    @Test func setChangesAValidSetting() throws {
        let h = try Harness()
        try h.run("set format csv")
        #expect(h.session.state.settings["format"] == "csv")
        #expect(try h.output("docs | top 1 | select id") == "id\r\nd1\r\n")
        #expect(try h.output("set format") == "name,value,default,summary\r\nformat,csv,table,output format of results shown on screen\r\n")
    }

    @Test func setListsEverySetting() throws {
        let h = try Harness()
        #expect(try h.output("set --format csv") == """
            name,value,default,summary\r
            format,table,table,output format of results shown on screen\r
            on-error,stop,stop,whether a script stops at its first error or goes on\r
            threads,auto,auto,threads per-document work runs on: auto (the active cores) or a number (1: sequential); results are the same\r
            width,auto,auto,"terminal table width in columns, or auto"\r

            """)
    }

    @Test func anInvalidValueKeepsTheOldOne() throws {
        let h = try Harness()
        let error = h.failure("set format xml")
        #expect(error?.code == .badValue)
        #expect(error?.message == "invalid value 'xml' for setting 'format'")
        #expect(error?.hint == "valid values: table, json, jsonl, csv, tsv, markdown")
        #expect(error?.location == loc(1, 12))
        #expect(h.session.state.settings["format"] == "table")
        let width = h.failure("set width 10")
        #expect(width?.message == "invalid value '10' for setting 'width': expected auto or a whole number >= 20")
        #expect(width?.location == loc(1, 11))
        #expect(h.session.state.settings["width"] == "auto")
    }

    @Test func unknownSettingSuggests() throws {
        let h = try Harness()
        let error = h.failure("set fromat csv")
        #expect(error?.message == "unknown setting 'fromat'")
        #expect(error?.hint == "did you mean 'format'? settings: format, on-error, threads, width")
        #expect(error?.location == loc(1, 5))
        #expect(h.failure("set zzzzzz 1")?.hint == "settings: format, on-error, threads, width")
    }

    @Test func widthLimitsTheTable() throws {
        let h = try Harness()
        try h.run("set width 20")
        let lines = try h.output("docs").split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 20 })
        #expect(lines.contains { $0.contains("…") })
    }

    @Test func clearUnloadsDocumentsButKeepsVariablesAndSettings() throws {
        let h = try Harness()
        try h.run("let t = docs; set format csv; show d1")
        try h.run("clear")
        #expect(h.session.state.graph.documents.isEmpty)
        #expect(h.session.state.graph.layers.isEmpty)
        #expect(h.transcript.notes.last == "cleared 3 documents")
        #expect(h.session.state.variables["t"] != nil)
        #expect(try h.output("docs") == "id,title,date,words\r\n")
        // The same documents load again after a clear.
        try h.run("fixture")
        #expect(h.session.state.graph.documents.count == 3)
    }

    @Test func helpListsEveryCommand() throws {
        let h = try Harness()
        let table = try evaluate(h, "help")
        let registry = h.session.workbench.registry
        // One row per command (aliases in brackets), sorted by name, with its plugin.
        let expected = registry.commands.sorted { $0.name < $1.name }.map { command in
            command.aliases.isEmpty ? command.name : command.name + " (" + command.aliases.joined(separator: ", ") + ")"
        }
        #expect(column(table) == expected)
        #expect(column(table).contains("quit (exit)") && column(table).contains("fixture") && column(table).contains("eval quotes"))
        let plugins = Dictionary(uniqueKeysWithValues: zip(column(table), column(table, 1)))
        #expect(plugins["fixture"] == "test" && plugins["boom"] == "test" && plugins["docs"] == "core")
    }

    @Test func helpFindsByPrefixThenBySubstring() throws {
        let h = try Harness()
        #expect(column(try evaluate(h, "help s")) == ["save", "select", "sentences", "set", "show", "sort", "stats", "status"])
        // One match: its page.
        #expect(try h.output("help so").hasPrefix("sort — order rows by a column, ascending or descending (stable)\n"))
        #expect(column(try evaluate(h, "help paragraph")) == ["sentences", "show"])
        #expect(try h.output("help exit").hasPrefix("quit — leave wb"))
        #expect(column(try evaluate(h, "help document")) == ["boom", "clear", "docs", "entities", "fixture", "freq", "load", "open", "show", "stats"])
        let error = h.failure("help zzz")
        #expect(error?.message == "no command matches 'zzz'")
        #expect(error?.hint == "type 'help' for the list of commands")
        #expect(error?.location == loc(1, 6))
        // A two-word command's page, named as it is typed.
        #expect(try h.output("help eval quotes").hasPrefix("eval quotes — "))
    }

    @Test func helpPageOfACommand() throws {
        let h = try Harness()
        #expect(try h.output("help sort") == """
            sort — order rows by a column, ascending or descending (stable)

            usage: sort COLUMN [asc|desc]
            input: reads the table piped into it

            arguments:
              COLUMN    the column to sort by (required)
              asc|desc  the order (default asc)

            Numbers sort as numbers and before text; empty cells go last either way. Rows that tie keep their previous order, so `sort b | sort a` sorts by a, then b.

            examples:
              docs | sort words desc
              docs | sort date

            """)
    }

    @Test func dashDashHelpShowsThePageInsteadOfRunning() throws {
        let h = try Harness()
        #expect(try h.output("docs --help") == """
            docs — list the loaded documents: id, title, date, words

            usage: docs

            One row per document in load order. The date is the publication date from the record's date field or the dateline; empty when neither gives one.

            examples:
              docs
              docs | where words > 500 | sort date

            """)
        // Even where required arguments are missing, and without running earlier stages.
        #expect(try h.output("clear | where --help").hasPrefix("where — keep rows"))
        #expect(h.session.state.graph.documents.count == 3)
    }

    @Test func stageThatNeedsInputWithoutOne() throws {
        let h = try Harness()
        let error = h.failure("where words > 1")
        #expect(error?.code == .noInput)
        #expect(error?.message == "'where' needs a table piped into it")
        #expect(error?.hint == "e.g. docs | where …")
        #expect(error?.location == loc(1, 1))
    }

    @Test func stageThatTakesNoInputGivenOne() throws {
        let h = try Harness()
        let error = h.failure("docs | docs")
        #expect(error?.code == .unexpectedInput)
        #expect(error?.message == "'docs' does not read a piped table")
        #expect(error?.hint == "start the pipeline with it, or run it on its own")
        #expect(error?.location == loc(1, 8))
    }

    @Test func unknownCommand() throws {
        let h = try Harness()
        let error = h.failure("docs | frobnicate")
        #expect(error?.code == .unknownCommand)
        #expect(error?.message == "unknown command 'frobnicate'")
        #expect(error?.hint == "type 'help' for the list of commands")
        #expect(error?.location == loc(1, 8))
        #expect(h.failure("dcos")?.hint == "did you mean 'docs'? (type 'help' for the list of commands)")
    }

    @Test func everyStageIsCheckedBeforeAnyRuns() throws {
        let h = try Harness()
        let error = h.failure("clear | top x")
        #expect(error?.message == "invalid value 'x' for N of 'top': expected a whole number, got 'x'")
        #expect(h.session.state.graph.documents.count == 3)
        #expect(h.transcript.notes.isEmpty)
    }

    @Test func aFailingSecondStageLeavesTheStateUnchanged() throws {
        let h = try Harness()
        let error = h.failure("set format csv | sort x")
        #expect(error?.code == .unknownColumn)
        #expect(error?.location == loc(1, 23))
        #expect(h.session.state.settings["format"] == "table")
        let cleared = h.failure("clear | sort x")
        #expect(cleared?.code == .unknownColumn)
        #expect(h.session.state.graph.documents.count == 3)
    }

    @Test func aFailingCommandChangesNothing() throws {
        let h = try Harness()
        let error = h.failure("boom")
        #expect(error?.message == "boom failed")
        #expect(error?.location == loc(1, 1))
        #expect(h.session.state.graph.documents.map(\.id) == ["d1", "d2", "d3"])
        #expect(h.session.state.settings["format"] == "table")
        #expect(h.transcript.stdout.isEmpty)
    }

    @Test func aFailingLetKeepsTheOldValue() throws {
        let h = try Harness()
        try h.run("let t = docs | top 1")
        let before = h.session.state.variables["t"]
        _ = h.failure("let t = docs | sort nope")
        #expect(h.session.state.variables["t"] == before)
    }

    @Test func quitAsksToStop() throws {
        let h = try Harness()
        #expect(!h.session.exitRequested)
        try h.run("exit")
        #expect(h.session.exitRequested)
    }
}

@Suite struct SessionRedirectTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("wb-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    private func read(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    @Test(arguments: [("csv", "csv"), ("tsv", "tsv"), ("json", "json"), ("jsonl", "jsonl"), ("md", "markdown"), ("txt", "table")])
    func redirectPicksTheFormatFromTheExtension(ext: String, format: String) throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let h = try Harness()
        let path = directory.appendingPathComponent("sub dir/out.\(ext)").path
        #expect(try h.output("docs | select id words > \"\(path)\"") == "")
        let expected = try h.output("docs | select id words --format \(format)")
        #expect(try read("sub dir/out.\(ext)") == expected)
        #expect(!expected.isEmpty)
    }

    @Test func csvFileContents() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let h = try Harness()
        try h.run("set format json")
        try h.run("docs | select id words > '\(directory.path)/docs.csv'")
        #expect(try read("docs.csv") == "id,words\r\nd1,5\r\nd2,6\r\nd3,2\r\n")
        try h.run("docs | top 1 | select id --format json > '\(directory.path)/docs.txt'")
        #expect(try read("docs.txt") == "[\n  {\"id\": \"d1\"}\n]\n")
        try h.run("let d = '\(directory.path)'; docs | top 1 | select id > $d/x.md")
        #expect(try read("x.md") == "| id |\n| --- |\n| d1 |\n")
    }

    @Test func unknownExtension() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let h = try Harness()
        let path = directory.appendingPathComponent("out.xyz").path
        let error = h.failure("docs > '\(path)'")
        #expect(error?.code == .usage)
        #expect(error?.message == "cannot tell the output format from the file name '\(path)'")
        #expect(error?.hint == "use an extension (.csv .tsv .json .jsonl .md .txt) or add --format")
        #expect(error?.location == loc(1, 8))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func unwritableFile() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let h = try Harness()
        try h.run("docs > '\(directory.path)/file.csv'")
        let path = directory.path + "/file.csv/inner.csv"
        let error = h.failure("docs > '\(path)'")
        #expect(error?.code == .io)
        #expect(error?.message.hasPrefix("cannot write '\(path)': ") == true)
        #expect(error?.location == loc(1, 8))
    }
}
