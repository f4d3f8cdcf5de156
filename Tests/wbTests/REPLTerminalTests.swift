import Foundation
import Testing

/// The REPL as a user meets it: the real `wb` on a pseudo-terminal, keys in, bytes out.
/// Each test asserts on what ran after Enter, not on libedit's redraws.
@Suite struct REPLTerminalTests {
    /// A private HOME and history file per test, and no colour so the bytes are plain.
    let home: URL

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("wb-repl-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    var historyFile: URL { home.appendingPathComponent("history") }

    func start() throws -> TerminalSession {
        let session = try TerminalSession(environment: [
            "HOME": home.path, "WB_HISTORY": historyFile.path, "NO_COLOR": "1", "TERM": "xterm",
            "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
        ])
        try session.waitForInput()
        return session
    }

    static let escape = "\u{1B}"
    static let up = escape + "[A"

    @Test func tabCompletesACommandName() throws {
        let wb = try start()
        try wb.type("stats\t--format csv\r")
        try wb.expect("item,value")
        try wb.waitForInput()
    }

    @Test func tabCompletesAnOption() throws {
        let wb = try start()
        try wb.type("docs --for\tcsv\r")
        try wb.expect("id,title,date,words")
    }

    @Test func secondTabListsTheCandidates() throws {
        let wb = try start()
        // A prefix only core commands have, so that plugins do not change the list.
        try wb.type("qu\t")
        try wb.expect("quit    quotes")
        try wb.type("ot\t--format csv\r")
        try wb.expect("doc,start,end,text,speaker")
    }

    @Test func errorsAreReportedWithTheirColumnAndTheSessionGoesOn() throws {
        let wb = try start()
        try wb.type("docs | nosuch\r")
        try wb.expect("<stdin>:1:8: error: unknown command 'nosuch'")
        try wb.waitForInput()
        try wb.type("stats --format csv\r")
        try wb.expect("item,value")
    }

    @Test func quitExitsWithZeroAndUpRecallsTheLastSessionsCommand() throws {
        let first = try start()
        try first.type("stats --format csv\r")
        try first.expect("item,value")
        try first.waitForInput()
        // Saved at once, not at exit, so a killed session keeps it.
        let saved = try String(contentsOf: historyFile, encoding: .utf8)
        #expect(saved.contains("stats\\040--format\\040csv"))
        try first.type("quit\r")
        #expect(try first.waitForExit() == 0)

        let second = try start()
        // Up once gives `quit`, twice the command before it.
        try second.type(Self.up + Self.up + "\r")
        try second.expect("item,value")
        try second.waitForInput()
    }

    @Test func ctrlCAbandonsAPartialLine() throws {
        let wb = try start()
        try wb.type("docs xyz")
        try wb.expect("docs xyz")
        try wb.send([0x03])
        try wb.waitForInput()
        try wb.type("stats --format csv\r")
        try wb.expect("item,value")
        #expect(!wb.wrote("unexpected argument"))
    }

    @Test func continuationLinesRunAsOneStatement() throws {
        let wb = try start()
        try wb.type("help \\\r")
        try wb.waitForInput(prompt: "...> ")
        try wb.type("load\r")
        try wb.expect("load — load documents from files")
        try wb.waitForInput()
        // One history entry for the two lines: Up brings both back.
        try wb.type(Self.up + "\r")
        try wb.expect("load — load documents from files")
    }

    @Test func ctrlDExitsWithZero() throws {
        let wb = try start()
        try wb.send([0x04])
        #expect(try wb.waitForExit() == 0)
    }

    @Test func aLineLongerThanLibeditsBufferIsReadWhole() throws {
        let wb = try start()
        let word = String(repeating: "a", count: 5_000)
        try wb.type("help " + word + "\r")
        try wb.expect("error: no command matches '\(word)'", timeout: 10)
    }

    @Test func nonASCIIInputSurvives() throws {
        let wb = try start()
        try wb.type("help café\r")
        try wb.expect("error: no command matches 'café'")
    }

    /// A load on a terminal shows how far it is in megabytes, then the summary replaces it.
    @Test func loadShowsAProgressLineOnATerminal() throws {
        let corpus = home.appendingPathComponent("corpus.jsonl")
        let records = (0..<2_000).map { #"{"id": "d\#($0)", "text": "Report number \#($0) on NATO and Japan."}"# }
        try (records.joined(separator: "\n") + "\n").write(to: corpus, atomically: true, encoding: .utf8)
        let wb = try start()
        try wb.type("load '\(corpus.path)'\r")
        try wb.expect("load 100% · 0.1 of 0.1 MB")
        try wb.expect("loaded 2000 documents, skipped none")
        try wb.waitForInput()
    }
}
