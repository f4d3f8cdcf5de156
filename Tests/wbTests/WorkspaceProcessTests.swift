import Foundation
import Testing

/// Workspaces through the real `wb` executable: the tour's outputs survive save and reopen
/// byte for byte, a kill mid-save leaves the last save intact, a second process is refused.
@Suite(.serialized) struct WorkspaceProcessTests {
    static func folder() throws -> URL {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("wb-ws-process-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Starts wb with the test hook that sleeps inside the save's transaction, and returns
    /// once the hook has said so (the documents are written, the transaction is open): the
    /// process, its stderr, and what it printed there so far.
    static func startPausedInSave(_ arguments: [String], seconds: Int) throws -> (Process, Pipe, Data) {
        let process = Process()
        process.executableURL = WBProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = WBProcess.root
        var environment = ProcessInfo.processInfo.environment
        environment["WB_TEST_SAVE_PAUSE"] = String(seconds)
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("pausing inside save") {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
        }
        return (process, errors, seen)
    }

    /// Every analysis command of the tour, in a format that shows every column.
    static let commands = """
        quotes --format tsv
        entities --format tsv
        roles --format tsv
        mentions Ishikawa --format tsv
        sentences --format tsv
        timeline --format tsv
        coop --format tsv
        coop.areas --format tsv
        quotes | select speaker sentiment text --format tsv
        sentiment.by-speaker --format tsv
        topics --unit paragraph --k 3 --format tsv
        """

    @Test func tourOutputsAreTheSameAfterReopening() throws {
        let dir = try Self.folder()
        let file = dir.appendingPathComponent("tour.wbdb").path
        let before = try WBProcess.run(["-c", "load seeds/\n" + Self.commands + "\nsave \(file)"])
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stderr.contains("running quotes"))
        let after = try WBProcess.run(["--workspace", file, "-c", Self.commands])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout == before.stdout)
        #expect(!after.stderr.contains("running"), "\(after.stderr)")
        // The topic model was read back, not fitted again (fitting notes the unit left out).
        #expect(before.stderr.contains("1 paragraph without terms left out"), "\(before.stderr)")
        #expect(!after.stderr.contains("left out"), "\(after.stderr)")
        // A new document makes everything stale; it reruns when asked.
        let more = dir.appendingPathComponent("more.txt")
        try Data("\"We agree,\" said Anders Fogh Rasmussen.".utf8).write(to: more)
        let changed = try WBProcess.run(["--workspace", file, "-c", "load \(more.path); status --format tsv; quotes | count"])
        #expect(changed.stdout.contains("quotes\tstale\tdocuments changed"), "\(changed.stdout)")
        #expect(changed.stderr.contains("running quotes"))
    }

    /// `Fixtures/workspace/v4-unpacked.wbdb` was saved from the seed by the wb of session 2
    /// (commit 07430a3: schema v4, column blobs with plain integer arrays, payload codecs at
    /// version 1, the topic model not persisted). It opens with the same outputs as the seed
    /// loaded fresh: layers whose payload codec changed (tokens, sentences, entities) are
    /// recomputed with a warning, and so is every layer computed from them (their node ids
    /// changed); the paragraphs, which need none of them, are read from the old column blob.
    @Test func aWorkspaceOfTheOldBlobFormatStillOpens() throws {
        let dir = try Self.folder()
        let file = dir.appendingPathComponent("old.wbdb").path
        try FileManager.default.copyItem(atPath: WBProcess.root.appendingPathComponent("Tests/WorkbenchTests/Fixtures/workspace/v4-unpacked.wbdb").path,
                                         toPath: file)
        let commands = """
            quotes --format tsv
            entities --format tsv
            sentences --format tsv
            timeline --format tsv
            coop --format tsv
            quotes | select speaker sentiment text --format tsv
            """
        let old = try WBProcess.run(["--workspace", file, "-c", commands])
        let fresh = try WBProcess.run(["-c", "load seeds/\n" + commands])
        #expect(old.status == 0 && fresh.status == 0, "\(old.stderr)")
        #expect(old.stdout == fresh.stdout)
        for layer in ["tokens", "sentences", "entities"] {
            #expect(old.stderr.contains("layer '\(layer)' could not be read (payload '\(layer)' is version 1, this wb reads version 2); it will be recomputed"),
                    "\(old.stderr)")
        }
        #expect(!old.stderr.contains("running paragraphs\n"), "\(old.stderr)")
        for layer in ["quotes", "coop.tags", "timeline.times", "timeline.events"] {
            #expect(old.stderr.contains("running \(layer)\n"), "\(old.stderr)")
        }
    }

    /// Blobs larger than a part (the test hook makes parts 4 KB; real ones are 256 MB, below
    /// SQLite's limit of 1 GB on one value) are saved in parts and read back whole.
    @Test func largeLayersAreSavedInPartsAndReadBackWhole() throws {
        let dir = try Self.folder()
        let file = dir.appendingPathComponent("parts.wbdb").path
        let before = try WBProcess.run(["-c", "load seeds/\n" + Self.commands + "\nsave \(file)"],
                                       environment: ["WB_TEST_BLOB_PART_BYTES": "4096"])
        #expect(before.status == 0, "\(before.stderr)")
        let after = try WBProcess.run(["--workspace", file, "-c", Self.commands])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout == before.stdout)
        #expect(!after.stderr.contains("running"), "\(after.stderr)")
        // The parts are there (counted with Python's sqlite3: this test target does not link GRDB).
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["python3", "-c", "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM layer_parts').fetchone()[0])", file]
        let out = Pipe()
        sqlite.standardOutput = out
        try sqlite.run()
        sqlite.waitUntilExit()
        let count = Int(String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        #expect(count > 10, "layer parts: \(count)")
    }

    @Test func aKillDuringSaveLeavesTheLastSave() throws {
        let dir = try Self.folder()
        let file = dir.appendingPathComponent("w.wbdb").path
        let first = try WBProcess.run(["-c", "load seeds/; quotes | count; save \(file)"])
        #expect(first.status == 0, "\(first.stderr)")
        // A larger corpus, saved by a process that sleeps inside the save's transaction.
        var texts: [String] = []
        for i in 0..<200 { texts.append("{\"id\": \"n\(i)\", \"text\": \"Document \(i) says \\\"we cooperate with Japan\\\", said Anders Fogh Rasmussen.\"}") }
        let corpus = dir.appendingPathComponent("more.jsonl")
        try Data(texts.joined(separator: "\n").utf8).write(to: corpus)
        let (process, _, _) = try Self.startPausedInSave(["--workspace", file, "-c", "load \(corpus.path); quotes | count; save"], seconds: 30)
        #expect(FileManager.default.fileExists(atPath: file + "-journal"))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let reopened = try WBProcess.run(["--workspace", file, "-c", "docs | count; quotes | count by speaker"])
        #expect(reopened.status == 0, "\(reopened.stderr)")
        #expect(reopened.stdout.hasPrefix("count\n─────\n    1\n"), "\(reopened.stdout)")
        #expect(!reopened.stderr.contains("running"), "\(reopened.stderr)")
    }

    @Test func ctrlCDuringSaveRollsItBack() throws {
        let dir = try Self.folder()
        let file = dir.appendingPathComponent("w.wbdb").path
        let first = try WBProcess.run(["-c", "load seeds/; sentences | count; save \(file)"])
        #expect(first.status == 0, "\(first.stderr)")
        let more = dir.appendingPathComponent("more.txt")
        try Data("One more document.".utf8).write(to: more)
        var (process, errors, seen) = try Self.startPausedInSave(["--workspace", file, "-c", "load \(more.path); save"], seconds: 1)
        kill(process.processIdentifier, SIGINT)
        seen.append(errors.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(String(decoding: seen, as: UTF8.self).contains("save cancelled; '\(file)' still holds its last complete save"))
        let reopened = try WBProcess.run(["--workspace", file, "-c", "docs | count"])
        #expect(reopened.stdout.hasPrefix("count\n─────\n    1\n"), "\(reopened.stdout)")
    }

    @Test func aSecondProcessIsRefused() throws {
        let dir = try Self.folder()
        let file = dir.appendingPathComponent("w.wbdb").path
        let holder = Process()
        holder.executableURL = WBProcess.executable
        holder.arguments = ["--workspace", file]
        let input = Pipe(), errors = Pipe()
        holder.standardInput = input
        holder.standardError = errors
        holder.standardOutput = FileHandle.nullDevice
        try holder.run()
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("created workspace") {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
        }
        let second = try WBProcess.run(["--workspace", file, "-c", "docs"])
        #expect(second.status == 1)
        #expect(second.stderr.contains("workspace '\(file)' is open in another wb process (pid \(holder.processIdentifier))"), "\(second.stderr)")
        let inside = try WBProcess.run(["-c", "load seeds/; open \(file)"])
        #expect(inside.stderr.contains("is open in another wb process (pid \(holder.processIdentifier))"), "\(inside.stderr)")
        try input.fileHandleForWriting.close()
        holder.waitUntilExit()
        let third = try WBProcess.run(["--workspace", file, "-c", "docs | count"])
        #expect(third.status == 0, "\(third.stderr)")
        #expect(!FileManager.default.fileExists(atPath: file + "-lock") || third.status == 0)
    }
}
