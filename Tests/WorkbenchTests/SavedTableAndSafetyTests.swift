import Testing
import TestSupport
@testable import Workbench

@Suite struct SavedTableAndSafetyTests {
    @Test func savedTableTakesFormatOption() throws {
        let h = try Harness()
        try h.run("let d = docs | select id words")
        #expect(try h.output("$d --format csv") == "id,words\r\nd1,5\r\nd2,6\r\nd3,2\r\n")
        #expect(try h.output("$d --format=jsonl | top 1") == "{\"id\": \"d1\", \"words\": 5}\n")
        let error = h.failure("$d --formt x")
        #expect(error?.message == "unknown option '--formt' for '$d'")
        #expect(error?.hint == "did you mean '--format'? a saved table takes only --format")
    }

    @Test func terminalEscapesInCellsAreNeutralised() {
        var table = Table(name: "t", columns: [.init("text")])
        table.append(["red\u{1B}[31m alert\r\nnext\u{7}"])
        #expect(OutputFormat.table.render(table) == "text\n────────────────────\nred\u{FFFD}[31m alert next\u{FFFD}\n(1 row)\n")
        let lines = Table.lines("help", ["keep\ttabs\nand lines \u{1B}]0;title\u{7}"])
        #expect(OutputFormat.table.render(lines) == "keep\ttabs\nand lines \u{FFFD}]0;title\u{FFFD}\n")
    }
}
