import BuiltInPlugins
import Foundation
import Synchronization
import Testing
import TestSupport
@testable import Workbench

/// Golden script tests: every `Tests/Scripts/NAME.wb` runs in-process through a `Session`
/// and a `ScriptRunner`, as `wb run` would, and its stdout must equal `NAME.out` and its
/// stderr `NAME.err` (no `.err` file: stderr must be empty).
///
/// - Paths in the scripts are relative to the package root: the test makes the package root
///   the current directory (idempotent; `swift test` already runs there). The seed is at
///   `seeds/000_4c1ae4e712800ec5.txt`.
/// - stderr holds what the front end prints there, in order: diagnostics (`loaded …`,
///   `running paragraphs`, warnings) and rendered errors with caret and hint.
/// - Errors name the script as `Tests/Scripts/NAME.wb`.
/// - The expected exit code is 0 unless the script's first line is `# expect-exit: N`.
/// - `WB_UPDATE_GOLDEN=1 swift test --filter GoldenScriptTests` rewrites `.out` and `.err`
///   from the current behaviour (review the diff before committing).
@Suite struct GoldenScriptTests {
    static let folder = packageRoot.appendingPathComponent("Tests/Scripts")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".wb") }.map { String($0.dropLast(3)) }.sorted()
    }

    /// Makes the package root the current directory once.
    static let enterPackageRoot: Bool = {
        let fm = FileManager.default
        if URL(fileURLWithPath: fm.currentDirectoryPath).standardizedFileURL.path != packageRoot.standardizedFileURL.path {
            return fm.changeCurrentDirectoryPath(packageRoot.path)
        }
        return true
    }()

    @Test func thereAreGoldenScripts() {
        #expect(Self.names.count >= 4, "no golden scripts found in \(Self.folder.path)")
    }

    @Test(arguments: names)
    func script(_ name: String) throws {
        #expect(Self.enterPackageRoot)
        let scriptURL = Self.folder.appendingPathComponent(name + ".wb")
        let outURL = Self.folder.appendingPathComponent(name + ".out")
        let errURL = Self.folder.appendingPathComponent(name + ".err")
        let source = try String(contentsOf: scriptURL, encoding: .utf8)

        let stdout = Mutex("")
        let stderr = Mutex("")
        let io = SessionIO(output: { text in stdout.withLock { $0 += text } },
                           diagnostic: { diagnostic in stderr.withLock { $0 += diagnostic.description + "\n" } })
        let session = Session(workbench: try Workbench(plugins: BuiltInPlugins.all), io: io)
        let runner = ScriptRunner(session: session, reportError: { text in stderr.withLock { $0 += text } })
        let outcome = runner.run(source: source, file: "Tests/Scripts/\(name).wb")

        let actualOut = stdout.withLock { $0 }
        let actualErr = stderr.withLock { $0 }
        let expectedExit = Self.expectedExit(source)
        #expect(outcome.exitCode == expectedExit, "exit code of \(name).wb")

        if ProcessInfo.processInfo.environment["WB_UPDATE_GOLDEN"] == "1" {
            try actualOut.write(to: outURL, atomically: true, encoding: .utf8)
            if actualErr.isEmpty {
                try? FileManager.default.removeItem(at: errURL)
            } else {
                try actualErr.write(to: errURL, atomically: true, encoding: .utf8)
            }
            return
        }
        let expectedOut = try String(contentsOf: outURL, encoding: .utf8)
        let expectedErr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        #expect(actualOut == expectedOut, "stdout of \(name).wb differs from \(name).out\n\(Self.firstDifference(actualOut, expectedOut))")
        #expect(actualErr == expectedErr, "stderr of \(name).wb differs from \(name).err\n\(Self.firstDifference(actualErr, expectedErr))")
    }

    static func expectedExit(_ source: String) -> Int32 {
        let first = source.split(separator: "\n", maxSplits: 1).first ?? ""
        let prefix = "# expect-exit: "
        guard first.hasPrefix(prefix) else { return 0 }
        return Int32(first.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)) ?? -1
    }

    /// The first differing line, to make a failure readable.
    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, e.count) {
            let x = i < a.count ? String(a[i]) : "<end>"
            let y = i < e.count ? String(e[i]) : "<end>"
            if x != y { return "line \(i + 1):\n  actual:   \(x.debugDescription)\n  expected: \(y.debugDescription)" }
        }
        return ""
    }
}
