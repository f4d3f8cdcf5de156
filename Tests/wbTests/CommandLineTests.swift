import Foundation
import Testing

/// The `wb` executable's launch modes and exit codes, run as a real process.
@Suite struct CommandLineTests {
    @Test func inlineStatementsRun() throws {
        let result = try WBProcess.run(["-c", "load seeds/000_4c1ae4e712800ec5.txt; docs --format csv | select id words"])
        #expect(result.status == 0)
        #expect(result.stdout == "id,words\r\n000_4c1ae4e712800ec5,600\r\n")
    }

    @Test func unknownCommandIsAUsageErrorWithCaretAndHint() throws {
        let result = try WBProcess.run(["-c", "docs; dcos"])
        #expect(result.status == 64)
        #expect(result.stderr == """
            <command line>:1:7: error: unknown command 'dcos'
                docs; dcos
                      ^
            hint: did you mean 'docs'? (type 'help' for the list of commands)

            """)
    }

    @Test func runtimeErrorExitsWithOne() throws {
        let result = try WBProcess.run(["-c", "show nothing-here"])
        #expect(result.status == 1)
        #expect(result.stderr == """
            <command line>:1:6: error: no document 'nothing-here'
                show nothing-here
                     ^
            hint: `docs` lists the loaded documents

            """)
    }

    @Test func scriptFileWithParametersAndSet() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wb-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = dir.appendingPathComponent("params.wb")
        try "#!/usr/bin/env wb\nlet greeting = \"$1 and $who\"\nhelp top --format json | top 0\nset format csv\nhelp $2 | top 1\n"
            .write(to: script, atomically: true, encoding: .utf8)
        for arguments in [["run", script.path, "first", "top", "--set", "who=second"], [script.path, "first", "top", "--set=who=second"]] {
            let result = try WBProcess.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(result.stdout == "[]\ntext\r\ntop — keep the first N rows\r\n")
        }
    }

    @Test func shebangScriptRunsAsAProgram() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wb-shebang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = dir.appendingPathComponent("count-docs")
        try "#!/usr/bin/env wb\nload $1\ndocs | count --format csv\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let process = Process()
        process.executableURL = script
        process.arguments = ["seeds/"]
        process.currentDirectoryURL = WBProcess.root
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = WBProcess.executable.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self) == "count\r\n1\r\n")
    }

    @Test func scriptStopsAtFirstErrorUnlessOnErrorContinue() throws {
        let stop = try WBProcess.run([], stdin: "help top --format csv | top 0\nsort x\nhelp top | top 0 --format csv\n")
        #expect(stop.status == 64)
        #expect(stop.stdout == "text\r\n")
        #expect(stop.stderr.hasPrefix("<stdin>:2:1: error: 'sort' needs a table piped into it\n"))
        let goOn = try WBProcess.run([], stdin: "set on-error continue\nsort x\nhelp top | top 0 --format csv\n")
        #expect(goOn.status == 64)
        #expect(goOn.stdout == "text\r\n")
        #expect(goOn.stderr.hasPrefix("<stdin>:2:1: error: 'sort' needs a table piped into it\n"))
    }

    @Test func missingScriptIsAUsageError() throws {
        let result = try WBProcess.run(["run", "no/such/script.wb"])
        #expect(result.status == 64)
        #expect(result.stderr == "wb: cannot read script 'no/such/script.wb': no such file or not readable\n")
    }

    @Test func dataPathLoadsThenReadsStatementsFromStdin() throws {
        let result = try WBProcess.run(["seeds/"], stdin: "docs | select id\n")
        #expect(result.status == 0)
        #expect(result.stdout == "id\n────────────────────\n000_4c1ae4e712800ec5\n(1 row)\n")
    }

    @Test func tourScriptRunsCleanly() throws {
        let result = try WBProcess.run(["run", "seeds/tour.wb"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("error"))
    }
}
